using GenScene.Studio.Features.Styles;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media;
using GenScene.Studio.Infrastructure.Media.Filters;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>
/// Adds to a graph the chain that produces frames [from, from+count) of a scene, ending in
/// yuv420p at the output size and rate with time n/fps, and the -i arguments it reads.
/// </summary>
public sealed class SceneSource(IOptions<CompositionOptions> settings)
{
    private readonly CompositionOptions options = settings.Value;

    public FilterPad Add(FilterGraph graph, List<string> inputs, SceneVisual visual, FrameFormat format, int sceneFrames, int from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var picture = visual.Kind switch
        {
            VisualKind.TitleCard => TitleCard(graph, AddColorInput(inputs, format), visual, format, count),
            VisualKind.Still => Still(graph, inputs, visual, format, sceneFrames, from, count),
            _ => Clip(graph, AddInput(inputs, visual, loop: true), visual, format, from, count),
        };
        if (visual.Style is not { } style)
        {
            return picture;
        }
        // The style's look goes over the scaled, moving picture; frame numbers count from the scene's start so moving blocks continue across pieces.
        var styled = StyleLookFilters.Apply(graph, picture, style.Look, new LookFrame(format.Width, format.Height, format.Fps, from, options.FontFile, style.StampTextFile));
        return graph.Chain(styled, VideoFilters.Yuv420(), VideoFilters.SquarePixels());
    }

    private static FilterPad AddInput(List<string> inputs, SceneVisual visual, bool loop)
    {
        var index = inputs.Count(a => a == "-i");
        // A clip shorter than its scene repeats; the trim in the chain ends it.
        inputs.AddRange(loop ? ["-stream_loop", "-1", "-i", FfmpegArguments.File(visual.Media!.Path)] : ["-i", FfmpegArguments.File(visual.Media!.Path)]);
        return new FilterPad($"{index}:v");
    }

    /// <summary>A still fitted beforehand, read as one raw yuv420p frame: no decoding, no scaling.</summary>
    private static FilterPad AddPreparedInput(List<string> inputs, PreparedStill prepared)
    {
        var index = inputs.Count(a => a == "-i");
        inputs.AddRange(["-f", "rawvideo", "-pixel_format", "yuv420p", "-video_size", $"{prepared.Width}x{prepared.Height}", "-framerate", "1",
            "-i", FfmpegArguments.File(prepared.Path)]);
        return new FilterPad($"{index}:v");
    }

    private FilterPad AddColorInput(List<string> inputs, FrameFormat format)
    {
        var index = inputs.Count(a => a == "-i");
        inputs.AddRange(["-f", "lavfi", "-i", VideoFilters.Color(options.TitleBackground, format).ToString()]);
        return new FilterPad($"{index}:v");
    }

    private FilterPad TitleCard(FilterGraph graph, FilterPad color, SceneVisual visual, FrameFormat format, int count)
    {
        // The text is drawn on one frame, which is then repeated: drawtext runs once, not per frame.
        var card = graph.Chain(color,
        [
            .. VideoFilters.TrimFrames(0, 1),
            VideoFilters.TitleText(options.FontFile, visual.TextFile!, visual.TitlePlace!),
        ]);
        return Repeat(graph, card, format, count);
    }

    /// <summary>The size a still is fitted to: the frame, or twice it when it moves (whole-pixel crop steps are then half a pixel in the output).</summary>
    public static (int Width, int Height) StillSize(SceneVisual visual, FrameFormat format) =>
        visual.Motion != EpisodeFormats.MotionNone ? (format.Width * 2, format.Height * 2) : (format.Width, format.Height);

    /// <summary>The still alone, fitted to <paramref name="width"/>x<paramref name="height"/> in yuv420p: what <see cref="StillFrames"/> keeps.</summary>
    public static VideoGraph FittedStill(SceneVisual visual, int width, int height)
    {
        var graph = new FilterGraph();
        var inputs = new List<string>();
        var output = Fit(graph, AddInput(inputs, visual, loop: false), visual.Fit, width, height);
        return new VideoGraph(inputs, graph.ToString(), output.ToString());
    }

    private FilterPad Still(FilterGraph graph, List<string> inputs, SceneVisual visual, FrameFormat format, int sceneFrames, int from, int count)
    {
        var moving = visual.Motion != EpisodeFormats.MotionNone;
        var (width, height) = StillSize(visual, format);
        var picture = visual.Prepared is { } prepared && (prepared.Width, prepared.Height) == (width, height)
            ? AddPreparedInput(inputs, prepared)
            : Fit(graph, AddInput(inputs, visual, loop: false), visual.Fit, width, height);
        if (!moving)
        {
            return Repeat(graph, picture, format, count);
        }
        return graph.Chain(picture,
        [
            VideoFilters.RepeatFrame(count),
            VideoFilters.ZoomPan(visual.Motion, options.MotionZoom, sceneFrames, from, format),
            VideoFilters.Yuv420(), VideoFilters.SquarePixels(), .. VideoFilters.ConstantRate(format.Fps),
            .. VideoFilters.TrimFrames(0, count),
        ]);
    }

    private static FilterPad Clip(FilterGraph graph, FilterPad input, SceneVisual visual, FrameFormat format, int from, int count)
    {
        var rated = graph.Chain(input, [VideoFilters.Fps(format.Fps), .. VideoFilters.TrimFrames(from, count)]);
        var fitted = Fit(graph, rated, visual.Fit, format.Width, format.Height);
        return graph.Chain(fitted, [VideoFilters.SquarePixels(), .. VideoFilters.ConstantRate(format.Fps)]);
    }

    /// <summary>Scales to cover the frame, or contains it over a blurred copy of itself; leaves yuv420p.</summary>
    private static FilterPad Fit(FilterGraph graph, FilterPad input, string fit, int width, int height)
    {
        if (fit != EpisodeFormats.FitContainBlur)
        {
            return graph.Chain(input, [.. VideoFilters.Cover(width, height), VideoFilters.Yuv420()]);
        }
        var copies = graph.ChainToMany([input], 2, VideoFilters.Split(2));
        var background = graph.Chain(copies[0], VideoFilters.BlurredBackground(width, height));
        var foreground = graph.Chain(copies[1], VideoFilters.Contain(width, height));
        return graph.Chain([background, foreground], VideoFilters.OverlayCentered(), VideoFilters.Yuv420());
    }

    private static FilterPad Repeat(FilterGraph graph, FilterPad picture, FrameFormat format, int count) =>
        graph.Chain(picture,
        [
            VideoFilters.Yuv420(), VideoFilters.SquarePixels(), VideoFilters.RepeatFrame(count),
            .. VideoFilters.ConstantRate(format.Fps), .. VideoFilters.TrimFrames(0, count),
        ]);
}
