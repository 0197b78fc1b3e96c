using System.Globalization;
using System.Runtime.InteropServices;

namespace GenScene.Bench;

/// <summary>
/// CPU time and peak memory of this process and of the children it has waited for: /proc/self/stat,
/// /proc/self/status (VmHWM) and getrusage(RUSAGE_CHILDREN). The children's ru_maxrss is the largest
/// single child over the process's life, so each measured step runs in its own bench process.
/// </summary>
internal static partial class Usage
{
    private const int RusageChildren = -1;
    private const int ScClkTck = 2;

    public sealed record Sample(double SelfCpuSeconds, double ChildCpuSeconds, long ChildMaxRssKb)
    {
        public double CpuSeconds => SelfCpuSeconds + ChildCpuSeconds;
    }

    public static Sample Now()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After "pid (comm) ", field 3 (state) is index 0: utime is field 14, stime field 15.
        var ticks = double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
        if (getrusage(RusageChildren, out var children) != 0)
        {
            throw new InvalidOperationException("getrusage failed");
        }
        var childCpu = children.UtimeSec + children.UtimeUsec / 1e6 + children.StimeSec + children.StimeUsec / 1e6;
        return new Sample(ticks / sysconf(ScClkTck), childCpu, children.MaxRss);
    }

    /// <summary>This process's own peak resident set (VmHWM), in kB.</summary>
    public static long SelfPeakRssKb()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UtimeSec;
        public long UtimeUsec;
        public long StimeSec;
        public long StimeUsec;
        public long MaxRss;
        public long IxRss;
        public long IdRss;
        public long IsRss;
        public long MinFlt;
        public long MajFlt;
        public long NSwap;
        public long InBlock;
        public long OuBlock;
        public long MsgSnd;
        public long MsgRcv;
        public long NSignals;
        public long NvCsw;
        public long NivCsw;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int getrusage(int who, out RUsage usage);

    [LibraryImport("libc", EntryPoint = "sysconf")]
    private static partial long sysconf(int name);
}
