using System.Globalization;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>
/// What the kernel counts for a running process: its peak resident memory and the CPU time of the child
/// processes it has waited for (ffmpeg, ffprobe), from /proc.
/// </summary>
public sealed record ProcessFigures(double PeakResidentMegabytes, double ChildCpuSeconds)
{
    /// <summary>Clock ticks per second of /proc/PID/stat's times; 100 on every Linux the studio runs on.</summary>
    private const double TicksPerSecond = 100;

    public static ProcessFigures Of(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        var peakKb = double.Parse(status.Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        // Fields after the command name in parentheses: state is field 3, cutime 16 and cstime 17.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var childTicks = long.Parse(fields[16 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[17 - 3], CultureInfo.InvariantCulture);
        return new ProcessFigures(peakKb / 1024, childTicks / TicksPerSecond);
    }
}
