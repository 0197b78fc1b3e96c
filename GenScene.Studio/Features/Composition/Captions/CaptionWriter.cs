using System.Globalization;
using System.Text;
using GenScene.Studio.Features.Composition.Planning;

namespace GenScene.Studio.Features.Composition.Captions;

/// <summary>Writes caption cues as SubRip (SRT) and WebVTT.</summary>
public static class CaptionWriter
{
    public static string Srt(IReadOnlyList<CaptionCue> cues)
    {
        var text = new StringBuilder();
        foreach (var cue in cues)
        {
            text.Append(cue.Index.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append(Time(cue.StartSeconds, ',')).Append(" --> ").Append(Time(cue.EndSeconds, ',')).Append('\n')
                .Append(OneLine(cue.Text)).Append("\n\n");
        }
        return text.ToString();
    }

    public static string Vtt(IReadOnlyList<CaptionCue> cues)
    {
        var text = new StringBuilder("WEBVTT\n\n");
        foreach (var cue in cues)
        {
            text.Append(Time(cue.StartSeconds, '.')).Append(" --> ").Append(Time(cue.EndSeconds, '.')).Append('\n')
                // "-->" inside a cue would end it early in some players; & and < are markup in WebVTT.
                .Append(OneLine(cue.Text).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
                    .Replace("-->", "--&gt;", StringComparison.Ordinal)).Append("\n\n");
        }
        return text.ToString();
    }

    /// <summary>A blank line ends a cue in both formats, so a cue's text never holds one.</summary>
    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Time(double seconds, char decimalMark)
    {
        var ms = (long)Math.Round(Math.Max(0, seconds) * 1000);
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 3_600_000:00}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00}{decimalMark}{ms % 1000:000}");
    }
}
