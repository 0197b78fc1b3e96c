using System.Globalization;
using System.Text.RegularExpressions;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenScene.Studio.Tests.Features.Styles;

/// <summary>Measures pictures with real ffmpeg: raw RGB pixels and signalstats.</summary>
public static partial class StyleImages
{
    private static readonly ProcessRunner Runner = new(NullLogger<ProcessRunner>.Instance);

    public sealed record Rgb(int Width, int Height, byte[] Pixels)
    {
        public (byte R, byte G, byte B) At(int x, int y) { var i = (y * Width + x) * 3; return (Pixels[i], Pixels[i + 1], Pixels[i + 2]); }

        public double MeanLuma(int x0, int y0, int x1, int y1)
        {
            double sum = 0;
            for (var y = y0; y < y1; y++)
            {
                for (var x = x0; x < x1; x++) { var (r, g, b) = At(x, y); sum += 0.299 * r + 0.587 * g + 0.114 * b; }
            }
            return sum / ((x1 - x0) * (y1 - y0));
        }

        public int DistinctColors() => Enumerable.Range(0, Width * Height).Select(i => Pixels[i * 3] << 16 | Pixels[i * 3 + 1] << 8 | Pixels[i * 3 + 2]).Distinct().Count();

        public double MeanAbsoluteDifference(Rgb other) => Pixels.Zip(other.Pixels, (a, b) => Math.Abs(a - b)).Average();
    }

    /// <summary>Decodes a picture (or a video's frame at <paramref name="seconds"/>) to RGB.</summary>
    public static async Task<Rgb> ReadAsync(string path, int width, int height, double? seconds = null)
    {
        using var temp = new TempDirectory();
        var raw = temp.Combine("frame.rgb");
        List<string> seek = seconds is { } s ? ["-ss", s.ToString(CultureInfo.InvariantCulture)] : [];
        await Runner.RunAsync(new ProcessSpec("ffmpeg", ["-v", "error", "-y", .. seek, "-i", path, "-frames:v", "1", "-vf", $"scale={width}:{height}", "-pix_fmt", "rgb24", "-f", "rawvideo", raw]), CancellationToken.None);
        return new Rgb(width, height, await File.ReadAllBytesAsync(raw));
    }

    /// <summary>signalstats' SATAVG of one frame: 0 when the picture has no colour.</summary>
    public static async Task<double> SaturationAsync(string path, double? seconds = null)
    {
        List<string> seek = seconds is { } s ? ["-ss", s.ToString(CultureInfo.InvariantCulture)] : [];
        var result = await Runner.RunAsync(new ProcessSpec("ffmpeg", ["-hide_banner", "-nostats", .. seek, "-i", path, "-frames:v", "1",
            "-vf", "signalstats,metadata=mode=print:key=lavfi.signalstats.SATAVG", "-f", "null", "-"]), CancellationToken.None);
        var match = SatAvg().Match(result.StandardErrorTail);
        Assert.True(match.Success, result.StandardErrorTail);
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"lavfi\.signalstats\.SATAVG=([\d.]+)")]
    private static partial Regex SatAvg();
}
