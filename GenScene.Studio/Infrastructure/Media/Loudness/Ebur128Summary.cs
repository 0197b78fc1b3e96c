using System.Globalization;
using System.Text.RegularExpressions;

namespace GenScene.Studio.Infrastructure.Media.Loudness;

/// <summary>Reads the "Summary:" block that ffmpeg's ebur128 filter writes to stderr when the input ends.</summary>
public static partial class Ebur128Summary
{
    public static LoudnessMeasurement Parse(string stderr)
    {
        // The filter prints one summary when it is torn down; a graph with two meters would print two, and the last wins.
        var match = Summary().Matches(stderr).LastOrDefault()
            ?? throw new FormatException("ffmpeg's output holds no ebur128 summary with integrated loudness, loudness range and true peak.");
        return new LoudnessMeasurement(
            Decibels(match.Groups["i"].Value),
            Decibels(match.Groups["lra"].Value),
            Decibels(match.Groups["tp"].Value));
    }

    /// <summary>ebur128 writes "-inf" for the peak of silence.</summary>
    internal static double Decibels(string text)
    {
        var value = text switch
        {
            "-inf" => double.NegativeInfinity,
            "inf" => double.PositiveInfinity,
            _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return Math.Max(LoudnessMeasurement.SilenceFloor, value);
    }

    [GeneratedRegex(@"Summary:\s+Integrated loudness:\s+I:\s+(?<i>-?(?:\d+(?:\.\d+)?|inf)) LUFS.*?Loudness range:\s+LRA:\s+(?<lra>\d+(?:\.\d+)?) LU.*?True peak:\s+Peak:\s+(?<tp>-?(?:\d+(?:\.\d+)?|inf)) dBFS",
        RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Summary();
}
