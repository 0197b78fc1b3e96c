using System.Runtime.InteropServices;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>POSIX signals for child processes: .NET itself only sends SIGKILL.</summary>
public static partial class Signals
{
    public const int SigTerm = 15;
    public const int SigKill = 9;

    public static void Send(int pid, int signal)
    {
        if (Kill(pid, signal) != 0)
        {
            throw new InvalidOperationException($"kill({pid}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}");
        }
    }

    public static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }
        try
        {
            // Field 3 is the state; a zombie (Z) has exited and only waits to be reaped.
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state != "Z" && state != "X";
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Direct children of <paramref name="pid"/>, from /proc (every thread's children list).</summary>
    public static IReadOnlyList<int> ChildPids(int pid)
    {
        var children = new List<int>();
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                var file = Path.Combine(task, "children");
                if (File.Exists(file))
                {
                    children.AddRange(File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }
        catch (IOException)
        {
            // the process ended meanwhile
        }
        catch (UnauthorizedAccessException)
        {
        }
        return [.. children.Distinct()];
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
