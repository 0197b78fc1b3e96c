using System.Globalization;
using static GenScene.Studio.Infrastructure.Media.Filters.FfmpegFilter;
using GenScene.Studio.Infrastructure.Media.Filters;

namespace GenScene.Studio.Features.Styles;

/// <summary>
/// Where a look is applied: the frame size, the rate and the first frame's number in its scene (so
/// a moving block continues across a scene's pieces), and the files the overlay reads.
/// </summary>
public sealed record LookFrame(int Width, int Height, int Fps, int FrameOffset, string FontFile, string? StampTextFile);

/// <summary>
/// Turns a <see cref="StyleLook"/> into ffmpeg filters. Every option value is formatted here from a
/// checked number or a fixed token, so nothing a user typed reaches the graph. Blocks are chosen to
/// stay cheap at 1080p: blurs run on a quarter-size copy, grain touches luma only, bars are drawboxes.
/// </summary>
public static class StyleLookFilters
{
    /// <summary>The fixed text of <see cref="LookOverlay.DateStamp"/>, written to a file for drawtext.</summary>
    public const string DateStampText = "PLAY \u25B6  JUN 14 1996  10:42 PM";

    public static FilterPad Apply(FilterGraph graph, FilterPad input, StyleLook look, LookFrame frame)
    {
        var errors = look.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("The look is invalid: " + string.Join(" ", errors.Values.SelectMany(m => m)), nameof(look));
        }
        var pad = input;
        var chain = new List<FfmpegFilter>();
        void Flush()
        {
            if (chain.Count > 0) { pad = graph.Chain(pad, [.. chain]); chain.Clear(); }
        }

        if (look.Drift > 0) { chain.AddRange(Drift(look.Drift, frame)); }
        if (look.Grade is { } grade) { chain.Add(Grade(grade)); }
        if (look.Brightness != 0 || look.Contrast != 1 || look.Saturation != 1)
        {
            chain.Add(new("eq", Option("brightness", look.Brightness), Option("contrast", look.Contrast), Option("saturation", look.Saturation)));
        }
        if (look.Posterize >= 2) { chain.Add(Posterize(look.Posterize)); }
        if (look.Edges > 0) { chain.Add(new("unsharp", Option("lx", 5), Option("ly", 5), Option("la", look.Edges), Option("cx", 5), Option("cy", 5), Option("ca", 0))); }
        if (Radius(look.Softness) is > 0 and var soft) { chain.Add(new("boxblur", Option("luma_radius", soft), Option("luma_power", 1))); }
        if (look.ChromaBleed > 0 || look.ChromaShift > 0 || look.Grain > 0 || look.Monochrome)
        {
            chain.Add(new("format", Option("pix_fmts", "yuv444p")));
        }
        if (Radius(look.ChromaBleed) is > 0 and var bleed)
        {
            chain.Add(new("boxblur", Option("luma_radius", 0), Option("luma_power", 0), Option("chroma_radius", bleed), Option("chroma_power", 2)));
        }
        if (look.ChromaShift > 0) { chain.Add(new("chromashift", Option("cbh", look.ChromaShift), Option("crh", -look.ChromaShift), Option("edge", "smear"))); }
        if (look.Bloom > 0)
        {
            chain.Add(new("format", Option("pix_fmts", "gbrp")));
            Flush();
            pad = Bloom(graph, pad, look.Bloom, frame);
        }
        if (look.Vignette > 0) { chain.Add(new("vignette", Option("angle", look.Vignette))); }
        if (look.Scanlines > 0)
        {
            chain.Add(new("drawgrid", Option("x", 0), Option("y", 0), Option("w", frame.Width + 2), Option("h", Math.Max(2, frame.Height / 240)),
                Option("t", 1), Option("c", $"black@{Number(look.Scanlines)}")));
        }
        if (look.Monochrome || look.Grain > 0)
        {
            chain.Add(new("format", Option("pix_fmts", "yuv444p")));
        }
        // Grain on luma only: a monochrome look stays exactly without colour.
        if (look.Monochrome) { chain.Add(new("hue", Option("s", 0))); }
        if (look.Grain > 0) { chain.Add(new("noise", Option("c0s", look.Grain), Option("c0f", "t+u"))); }
        // Bars and stamp where LookRegions declares them, so text laid out in its safe area stays clear of them.
        chain.AddRange(LookRegions.Bars(look, frame.Width, frame.Height).Select(Box));
        if (look.Overlay == LookOverlay.DateStamp)
        {
            var stamp = frame.StampTextFile ?? throw new ArgumentException("A date stamp needs its text file.", nameof(frame));
            var (x, y, size, _) = LookRegions.DateStamp(look, frame.Width, frame.Height);
            chain.Add(new("drawtext", Option("fontfile", Quoted(frame.FontFile)), Option("textfile", Quoted(stamp)), Option("expansion", "none"),
                Option("fontcolor", "white@0.9"), Option("fontsize", size), Option("x", x), Option("y", y),
                Option("shadowcolor", "black@0.7"), Option("shadowx", 2), Option("shadowy", 2)));
        }
        Flush();
        return pad;
    }

    private static int Radius(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    private static FfmpegFilter Grade(ColorGrade g) =>
        new("colorbalance",
            Option("rs", g.ShadowsRed), Option("gs", g.ShadowsGreen), Option("bs", g.ShadowsBlue),
            Option("rm", g.MidtonesRed), Option("gm", g.MidtonesGreen), Option("bm", g.MidtonesBlue),
            Option("rh", g.HighlightsRed), Option("gh", g.HighlightsGreen), Option("bh", g.HighlightsBlue));

    /// <summary>Each RGB channel in <paramref name="levels"/> flat steps, each at its middle value.</summary>
    private static FfmpegFilter Posterize(int levels)
    {
        var step = Number(256.0 / levels);
        var expression = $"'floor(val/{step})*{step}+{step}/2'";
        return new("lutrgb", Option("r", expression), Option("g", expression), Option("b", expression));
    }

    /// <summary>A slow handheld wander: a crop that moves a few pixels on two sine waves, scaled back to the frame.</summary>
    private static FfmpegFilter[] Drift(double pixels, LookFrame frame)
    {
        var dx = Math.Max(1, (int)Math.Round(pixels));
        var dy = Math.Max(1, (int)Math.Round(pixels * frame.Height / frame.Width));
        var time = string.Create(CultureInfo.InvariantCulture, $"(n+{frame.FrameOffset})/{frame.Fps}");
        return
        [
            new("crop", Option("w", frame.Width - 2 * dx), Option("h", frame.Height - 2 * dy),
                Option("x", $"'{dx}+{dx}*sin({time}*1.3)'"), Option("y", $"'{dy}+{dy}*sin({time}*1.9+1)'")),
            new("scale", Option("w", frame.Width), Option("h", frame.Height), Option("flags", "bilinear")),
        ];
    }

    /// <summary>A soft glow: a quarter-size blurred copy screened over the picture.</summary>
    private static FilterPad Bloom(FilterGraph graph, FilterPad input, double amount, LookFrame frame)
    {
        var copies = graph.ChainToMany([input], 2, new FfmpegFilter("split", Option("outputs", 2)));
        var glow = graph.Chain(copies[1],
            new("scale", Option("w", Math.Max(2, frame.Width / 4)), Option("h", Math.Max(2, frame.Height / 4)), Option("flags", "bilinear")),
            new("boxblur", Option("luma_radius", 6), Option("luma_power", 2)),
            new("scale", Option("w", frame.Width), Option("h", frame.Height), Option("flags", "bilinear")));
        return graph.Chain([copies[0], glow], new FfmpegFilter("blend", Option("all_mode", "screen"), Option("all_opacity", amount)));
    }

    private static FfmpegFilter Box(LookRegion bar) =>
        new("drawbox", Option("x", bar.X), Option("y", bar.Y), Option("w", bar.Width), Option("h", bar.Height), Option("color", "black"), Option("t", "fill"));

}
