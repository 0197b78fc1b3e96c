using System.Globalization;

namespace GenScene.Studio.Infrastructure.Media.Progress;

/// <summary>
/// Reads ffmpeg's "-progress pipe:1" output (key=value lines) into a fraction of the expected
/// output duration. Callers pass each stdout line; only out_time_us and progress=end matter.
/// </summary>
public sealed class FfmpegProgress(TimeSpan expectedDuration, Action<double> onFraction)
{
    public void OnLine(string line)
    {
        if (line == "progress=end")
        {
            onFraction(1);
            return;
        }
        const string key = "out_time_us=";
        if (line.StartsWith(key, StringComparison.Ordinal)
            && long.TryParse(line.AsSpan(key.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var microseconds)
            && microseconds >= 0 && expectedDuration > TimeSpan.Zero)
        {
            onFraction(Math.Min(1, microseconds / 1_000_000.0 / expectedDuration.TotalSeconds));
        }
    }
}
