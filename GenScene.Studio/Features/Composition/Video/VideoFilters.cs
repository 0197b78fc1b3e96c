using static GenScene.Studio.Infrastructure.Media.Filters.FfmpegFilter;
using GenScene.Studio.Infrastructure.Media.Filters;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>
/// Typed factories for the video filters composition chains. Expressions are built here from
/// numbers only and quoted, so their commas never split a chain and no user text reaches a graph.
/// </summary>
public static class VideoFilters
{
    /// <summary>
    /// Every picture in the studio's colours: BT.601 matrix, limited range (see <see cref="VideoEncoder"/>).
    /// A still (RGB) is converted as it always was; a clip tagged otherwise (a phone's BT.709, a JPEG-range
    /// video) is converted too, so every piece decodes alike and is encoded with the same headers.
    /// </summary>
    private static readonly KeyValuePair<string, string>[] StudioColors = [Option("out_color_matrix", "bt601"), Option("out_range", "tv")];

    /// <summary>Fills the frame, cropping what overflows; Lanczos because stills are usually much larger than the frame.</summary>
    public static FfmpegFilter[] Cover(int width, int height) =>
    [
        new("scale", [Option("w", width), Option("h", height), Option("force_original_aspect_ratio", "increase"), Option("flags", "lanczos"), .. StudioColors]),
        new("crop", Option("w", width), Option("h", height)),
    ];

    /// <summary>Fits inside the frame with even dimensions (yuv420p needs them).</summary>
    public static FfmpegFilter Contain(int width, int height) =>
        new("scale", [Option("w", width), Option("h", height), Option("force_original_aspect_ratio", "decrease"),
            Option("force_divisible_by", 2), Option("flags", "lanczos"), .. StudioColors]);

    /// <summary>A blurred fill behind a contained picture: blurred at a quarter size, which is cheaper and softer.</summary>
    public static FfmpegFilter[] BlurredBackground(int width, int height) =>
    [
        .. Cover(Math.Max(2, width / 4 / 2 * 2), Math.Max(2, height / 4 / 2 * 2)),
        new("boxblur", Option("luma_radius", 12), Option("luma_power", 2)),
        new("scale", Option("w", width), Option("h", height), Option("flags", "bilinear")),
    ];

    public static FfmpegFilter OverlayCentered() => new("overlay", Option("x", "'(W-w)/2'"), Option("y", "'(H-h)/2'"));

    public static FfmpegFilter Yuv420() => new("format", Option("pix_fmts", "yuv420p"));

    public static FfmpegFilter SquarePixels() => new("setsar", Option("r", 1));

    /// <summary>Repeats one decoded frame: cheaper than -loop 1 on the input, which decodes the still for every frame.</summary>
    public static FfmpegFilter RepeatFrame(int totalFrames) => new("loop", Option("loop", totalFrames - 1), Option("size", 1), Option("start", 0));

    public static FfmpegFilter Fps(int fps) => new("fps", Option("fps", fps));

    public static FfmpegFilter[] TrimFrames(int from, int count) =>
    [
        new("trim", Option("start_frame", from), Option("end_frame", from + count)),
        new("setpts", Option("expr", "PTS-STARTPTS")),
    ];

    /// <summary>Frame n gets time n/fps: every chain leaves with the same time base, as xfade and stream-copy joins need.</summary>
    public static FfmpegFilter[] ConstantRate(int fps) =>
    [
        new("settb", Option("expr", $"1/{fps}")),
        new("setpts", Option("expr", "N")),
        Fps(fps),
    ];

    /// <summary>
    /// zoompan with one output frame per input frame (d=1) and the zoom computed for every frame
    /// from the frame's place in the whole scene, so the body and the transition pieces of one
    /// scene continue the same movement.
    /// </summary>
    public static FfmpegFilter ZoomPan(string motion, double amount, int sceneFrames, int fromFrame, FrameFormat format)
    {
        var progress = $"(on+{fromFrame})/{Math.Max(1, sceneFrames - 1)}";
        var zoom = motion switch
        {
            "zoom-in" => $"1+{Number(amount)}*{progress}",
            "zoom-out" => $"1+{Number(amount)}-{Number(amount)}*{progress}",
            _ => $"1+{Number(amount)}",
        };
        var x = motion == "pan" ? $"(iw-iw/zoom)*{progress}" : "(iw-iw/zoom)/2";
        return new("zoompan", Option("z", $"'{zoom}'"), Option("x", $"'{x}'"), Option("y", "'(ih-ih/zoom)/2'"), Option("d", 1),
            Option("s", $"{format.Width}x{format.Height}"), Option("fps", format.Fps));
    }

    /// <summary>A colour field (a lavfi source), for title cards.</summary>
    public static FfmpegFilter Color(string color, FrameFormat format) =>
        new("color", Option("c", color), Option("s", $"{format.Width}x{format.Height}"), Option("r", format.Fps));

    public static FfmpegFilter Split(int outputs) => new("split", Option("outputs", outputs));

    /// <summary>
    /// A title card's text read from a file (never from the graph), where <see cref="TextLayout"/> placed it and at its size;
    /// expansion off so "%{...}" stays literal.
    /// </summary>
    public static FfmpegFilter TitleText(string fontFile, string textFile, TextPlacement place) =>
        new("drawtext", Option("fontfile", Quoted(fontFile)), Option("textfile", Quoted(textFile)), Option("expansion", "none"),
            Option("fontcolor", "white"), Option("fontsize", place.FontSize), Option("line_spacing", place.FontSize / 3),
            Option("x", place.X), Option("y", place.Y),
            Option("shadowcolor", "black@0.6"), Option("shadowx", 2), Option("shadowy", 2));

    /// <summary>
    /// A caption where <see cref="TextLayout"/> placed it (near the bottom of the look's safe area), shown on frames
    /// [first, last] of its input: in a style's caption look (its font, colour and an outline) or, without one, white
    /// on a translucent box. The text comes from a file with expansion off; colours are "#rrggbb" checked by the
    /// style's validator, and the enable expression is built from two integers.
    /// </summary>
    public static FfmpegFilter Caption(string fontFile, string textFile, TextPlacement place, int first, int last, SceneCaption? look = null)
    {
        var fontSize = place.FontSize;
        List<KeyValuePair<string, string>> options =
        [
            Option("fontfile", Quoted(look?.FontFile ?? fontFile)), Option("textfile", Quoted(textFile)), Option("expansion", "none"),
            Option("fontcolor", look is null ? "white" : FfmpegFilter.Color(look.Color)), Option("fontsize", fontSize), Option("line_spacing", fontSize / 4),
        ];
        options.AddRange(look is null
            ? [Option("box", 1), Option("boxcolor", "black@0.55"), Option("boxborderw", fontSize / 3)]
            : [Option("borderw", TextLayout.OutlineWidth(fontSize)), Option("bordercolor", FfmpegFilter.Color(look.Outline))]);
        options.AddRange([
            Option("x", place.X), Option("y", place.Y),
            Option("enable", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'between(n,{first},{last})'"))]);
        return new("drawtext", [.. options]);
    }


    /// <summary>xfade over the whole of two equally long inputs: "fade" for a crossfade, "fadeblack" through black.</summary>
    /// <summary>The incoming picture, given an alpha that rises from 0 to 1 over <paramref name="frames"/> frames.</summary>
    public static FfmpegFilter[] FadingIn(int frames, int fps) =>
    [
        new("format", Option("pix_fmts", "yuva420p")),
        new("fade", Option("t", "in"), Option("st", 0), Option("d", (double)frames / fps), Option("alpha", 1)),
    ];

    /// <summary>
    /// A crossfade as an alpha fade over the outgoing picture: the same blend as xfade's "fade", at
    /// about half the cost, because overlay stays in yuv420p where xfade (ffmpeg 5.1) converts every frame.
    /// </summary>
    public static FfmpegFilter OverlayInPlace() => new("overlay", Option("format", "yuv420"), Option("eof_action", "pass"));

    public static FfmpegFilter Xfade(string transition, int frames, int fps) =>
        new("xfade", Option("transition", transition), Option("duration", (double)frames / fps), Option("offset", 0));

}
