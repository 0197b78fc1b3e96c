using System.Globalization;
using GenScene.Studio.Features.Styles;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>Text ready for drawtext: wrapped, its size, and x/y expressions (numbers and drawtext's text_w/text_h only).</summary>
public sealed record TextPlacement(string Text, int FontSize, string X, string Y);

/// <summary>
/// Lays out the text the studio draws (a title card's sentence, captions) inside the safe area the scene's look
/// leaves (<see cref="LookRegions.SafeArea"/>: not under its bars, not on its date stamp): wrapped to the area's
/// width and, when a long title would not fit its height, shrunk. drawtext draws lines as given and never wraps.
/// </summary>
public static class TextLayout
{
    /// <summary>Title text may fill this share of the safe area's width and height.</summary>
    private const double TitleWidthShare = 0.85, TitleHeightShare = 0.85;

    /// <summary>A caption keeps to a narrower column and at most this share of the height, so the picture shows.</summary>
    private const double CaptionWidthShare = 0.8, CaptionHeightShare = 0.4;

    /// <summary>Sized by the short side, so a portrait frame does not get text wider than itself.</summary>
    public static int TitleFontSize(FrameFormat format) => Math.Max(12, Math.Min(format.Width, format.Height) / 14);

    /// <summary>Smaller than a title card's text: a caption sits over the picture, not instead of it.</summary>
    public static int CaptionFontSize(FrameFormat format) => Math.Max(12, Math.Min(format.Width, format.Height) / 24);

    /// <summary>Centred in the safe area.</summary>
    public static TextPlacement Title(string text, FrameFormat format, StyleLook? look, string fontFile)
    {
        var safe = LookRegions.SafeArea(look, format.Width, format.Height);
        var (wrapped, size) = Fit(text, TitleFontSize(format), safe, fontFile, TitleWidthShare, TitleHeightShare, lineSpacing: 1.0 / 3);
        return new(wrapped, size, Centered(safe), Invariant($"'{safe.Y}+({safe.Height}-text_h)/2'"));
    }

    /// <summary>
    /// Centred near the bottom of the safe area: two lines' height above the frame's edge as always, or half a
    /// line above what the look draws there (a bar, a stamp), which already holds the eye off the edge.
    /// </summary>
    public static TextPlacement Caption(string text, FrameFormat format, StyleLook? look, string fontFile)
    {
        var safe = LookRegions.SafeArea(look, format.Width, format.Height);
        var (wrapped, size) = Fit(text, CaptionFontSize(format), safe, fontFile, CaptionWidthShare, CaptionHeightShare, lineSpacing: 1.0 / 4);
        var margin = safe.Bottom >= format.Height ? size * 2 : size / 2 + OutlineWidth(size) + 2;
        return new(wrapped, size, Centered(safe), Invariant($"'{safe.Bottom - margin}-text_h'"));
    }

    /// <summary>A caption look's outline; a plain caption's box border is no wider than the half-line margin above a region.</summary>
    public static int OutlineWidth(int fontSize) => Math.Max(2, fontSize / 12);

    /// <summary>
    /// How wide a character of <paramref name="fontFile"/> runs on average, in ems, a little above the DejaVu
    /// fonts' mean for prose so a line of wider letters still fits: monospace 0.6, bold 0.64, regular 0.58.
    /// </summary>
    public static double EmPerCharacter(string fontFile)
    {
        var name = Path.GetFileNameWithoutExtension(fontFile);
        return name.Contains("Mono", StringComparison.OrdinalIgnoreCase) ? 0.61
            : name.Contains("Bold", StringComparison.OrdinalIgnoreCase) ? 0.64
            : 0.58;
    }

    public static string Wrap(string text, int charactersPerLine)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > charactersPerLine)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) { line.Append(' '); }
            line.Append(word);
        }
        if (line.Length > 0) { lines.Add(line.ToString()); }
        return string.Join('\n', lines);
    }

    /// <summary>Wraps at the size given, shrinking by a tenth at a time (not below 12 px) while the lines are taller than the area allows.</summary>
    private static (string Text, int FontSize) Fit(string text, int size, LookRegion safe, string fontFile, double widthShare, double heightShare, double lineSpacing)
    {
        var em = EmPerCharacter(fontFile);
        while (true)
        {
            var wrapped = Wrap(text, Math.Max(8, (int)(safe.Width * widthShare / (size * em))));
            var lines = wrapped.Count(c => c == '\n') + 1;
            // Each line is an em and a quarter tall with its descenders, plus the spacing between lines.
            var height = lines * size * 1.25 + (lines - 1) * (int)(size * lineSpacing);
            if (height <= safe.Height * heightShare || size <= 12)
            {
                return (wrapped, size);
            }
            size = Math.Max(12, (int)(size * 0.9));
        }
    }

    private static string Centered(LookRegion safe) => Invariant($"'{safe.X}+({safe.Width}-text_w)/2'");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
