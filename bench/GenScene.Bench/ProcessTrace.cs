using System.Globalization;

namespace GenScene.Bench;

/// <summary>
/// Where a measured composition's CPU went, per kind of process (GENSCENE_BENCH_PROCESSES=1): the child runs with
/// ffmpeg, ffprobe and espeak-ng behind wrappers that log each run's user+sys time (/usr/bin/time), and prints
/// the runs that started inside its measured window, grouped by what they did. The wrappers add a shell a run
/// (a few ms), so the totals read a little over the untraced figures; for finding where time goes, not for the table.
/// </summary>
internal static class ProcessTrace
{
    public static bool Enabled => Environment.GetEnvironmentVariable("GENSCENE_BENCH_PROCESSES") == "1";

    /// <summary>Writes the wrappers into <paramref name="directory"/>; returns the PATH the child runs with.</summary>
    public static string Install(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var tool in new[] { "ffmpeg", "ffprobe", "espeak-ng" })
        {
            var real = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException($"{tool} is not on PATH");
            var script = Path.Combine(directory, tool);
            File.WriteAllText(script, $$"""
                #!/bin/bash
                start=$(date +%s.%N)
                times=$(mktemp)
                /usr/bin/time -f "%U %S" -o "$times" {{real}} "$@"
                rc=$?
                echo "$PPID $start {{tool}} $(cat "$times") $(date +%s.%N) $*" >> "{{Path.Combine(directory, "log")}}"
                rm -f "$times"
                exit $rc
                """.Replace("\r", ""));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(script, (UnixFileMode)0b111_101_101);
            }
        }
        return directory + ":" + Environment.GetEnvironmentVariable("PATH");
    }

    public static double Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;

    /// <summary>This process's tool runs started in [<paramref name="since"/>, <paramref name="until"/>), CPU seconds per kind, largest first.</summary>
    public static string Summary(string directory, double since, double until)
    {
        var log = Path.Combine(directory, "log");
        if (!File.Exists(log))
        {
            return "";
        }
        var me = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var runs = File.ReadAllLines(log).Select(l => l.Split(' ', 7)).Where(f => f.Length >= 6 && f[0] == me
            && double.Parse(f[1], CultureInfo.InvariantCulture) is var start && start >= since && start < until)
            .Select(f => (Kind: Kind(f[2], f.Length > 6 ? f[6] : ""), Cpu: double.Parse(f[3], CultureInfo.InvariantCulture) + double.Parse(f[4], CultureInfo.InvariantCulture),
                Start: double.Parse(f[1], CultureInfo.InvariantCulture) - since, End: double.Parse(f[5], CultureInfo.InvariantCulture) - since)).ToList();
        // And when each ran (seconds from the step's start): what waited on what, for wall time.
        var timeline = string.Join(", ", runs.OrderBy(r => r.Start).Take(40)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Kind} {r.Start:0.00}-{r.End:0.00}")));
        return string.Join(", ", runs.GroupBy(r => r.Kind).OrderByDescending(g => g.Sum(r => r.Cpu))
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Sum(r => r.Cpu):0.00} s ({g.Count()}x)")))
            + (runs.Count <= 40 ? "; timeline (s from the step's start): " + timeline : "");
    }

    private static string Kind(string tool, string arguments) => tool switch
    {
        "espeak-ng" => "espeak-ng",
        "ffprobe" => "ffprobe",
        _ when arguments.Contains("-c:a aac", StringComparison.Ordinal) => "soundtrack AAC",
        _ when arguments.Contains("anullsrc", StringComparison.Ordinal) => "soundtrack mix (ffmpeg)",
        _ when arguments.Contains("framemd5", StringComparison.Ordinal) => "held template check",
        _ when arguments.Contains("zones=", StringComparison.Ordinal) => "held template encode",
        _ when arguments.Contains("-nofind_stream_info", StringComparison.Ordinal) => "mux",
        _ when arguments.Contains("concat=n=", StringComparison.Ordinal) => "speech join",
        _ when arguments.Contains("mjpeg", StringComparison.Ordinal) => "thumbnail",
        _ when arguments.Contains("libx264", StringComparison.Ordinal) => "x264 pieces",
        _ => "other ffmpeg",
    };
}
