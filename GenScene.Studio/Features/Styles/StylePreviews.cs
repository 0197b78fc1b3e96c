using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Extensions.Options;
using static GenScene.Studio.Infrastructure.Media.Filters.FfmpegFilter;
using GenScene.Studio.Infrastructure.Media;
using GenScene.Studio.Infrastructure.Media.Filters;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Styles;

public enum PreviewVariant
{
    /// <summary>The demo frame with the style's look.</summary>
    After,
    /// <summary>The same demo frame without the look.</summary>
    Before,
}

/// <summary>
/// A style's preview: a 1280x720 demo frame in the style's palette with its demo scene's title,
/// written once plain ("before") and once through the look ("after") by one ffmpeg run, and kept
/// under cache/styles by style id and version for <see cref="StylesOptions.PreviewCacheHours"/>.
/// </summary>
public sealed partial class StylePreviews(ProcessRunner runner, StudioTools tools, StoragePaths paths, IOptions<StylesOptions> options,
    TimeProvider time, ILogger<StylePreviews> logger) : IDisposable
{
    public const int Width = 1280;
    public const int Height = 720;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    // ffmpeg runs at once: never more than the machine has cores, whatever the setting says.
    private readonly SemaphoreSlim _slots = new(Math.Min(options.Value.PreviewParallelism, Environment.ProcessorCount));
    private int _renders;

    public void Dispose()
    {
        _slots.Dispose();
        foreach (var gate in _locks.Values) { gate.Dispose(); }
    }

    /// <summary>How many times ffmpeg rendered a preview since start: a cache hit does not count.</summary>
    public int Renders => Volatile.Read(ref _renders);

    public string Directory => Path.Combine(paths.Cache, "styles");

    public string PathOf(Style style, PreviewVariant variant) =>
        Path.Combine(Directory, $"{SafeId(style.Id)}-v{KeyOf(style)}-{variant.ToString().ToLowerInvariant()}.png");

    /// <summary>
    /// What the preview shows: the look's version and a hash of the drawn fields (name, demo scene,
    /// palette). A new palette draws a new picture without a new look version; a new description draws none.
    /// </summary>
    public static string KeyOf(Style style)
    {
        var drawn = System.Text.Encoding.UTF8.GetBytes($"{style.Name}\n{style.DemoScene}\n{style.Palette}");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(drawn))[..8];
        return $"{style.LookVersion.ToString(CultureInfo.InvariantCulture)}-{hash}";
    }

    public bool IsFresh(Style style, PreviewVariant variant) => IsFresh(PathOf(style, variant));

    public bool IsClipFresh(Style style) => IsFresh(ClipPathOf(style));

    /// <summary>The preview's file, rendered now if there is no fresh one.</summary>
    public Task<string> GetAsync(Style style, PreviewVariant variant, CancellationToken cancellationToken) =>
        GetAsync(style, variant, force: false, cancellationToken);

    /// <summary>Renders the stills and the clip again even when cached ("Regenerate preview"); files are replaced atomically.</summary>
    public async Task RegenerateAsync(Style style, CancellationToken cancellationToken)
    {
        await GetAsync(style, PreviewVariant.After, force: true, cancellationToken).ConfigureAwait(false);
        await GetClipAsync(style, force: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> GetAsync(Style style, PreviewVariant variant, bool force, CancellationToken cancellationToken)
    {
        if (!force && IsFresh(style, variant))
        {
            return PathOf(style, variant);
        }
        var gate = _locks.GetOrAdd($"{style.Id}/{KeyOf(style)}", _ => new SemaphoreSlim(1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (force || !IsFresh(style, variant)) // another request may have rendered it while this one waited
            {
                await RenderAsync(style, cancellationToken).ConfigureAwait(false);
            }
            return PathOf(style, variant);
        }
        finally
        {
            gate.Release();
        }
    }

    public const int ClipSeconds = 4;
    private const int ClipFps = 30;

    public string ClipPathOf(Style style) => Path.Combine(Directory, $"{SafeId(style.Id)}-v{KeyOf(style)}-clip.mp4");

    private bool IsFresh(string path)
    {
        var file = new FileInfo(path);
        return file.Exists && time.GetUtcNow().UtcDateTime - file.LastWriteTimeUtc < TimeSpan.FromHours(options.Value.PreviewCacheHours);
    }

    /// <summary>A 4 s clip of the plain demo frame through the look, so moving blocks (grain, drift) can be seen; cached like the stills.</summary>
    public Task<string> GetClipAsync(Style style, CancellationToken cancellationToken) => GetClipAsync(style, force: false, cancellationToken);

    private async Task<string> GetClipAsync(Style style, bool force, CancellationToken cancellationToken)
    {
        var path = ClipPathOf(style);
        if (!force && IsFresh(path))
        {
            return path;
        }
        var plain = await GetAsync(style, PreviewVariant.Before, cancellationToken).ConfigureAwait(false);
        var gate = _locks.GetOrAdd($"{style.Id}/{KeyOf(style)}/clip", _ => new SemaphoreSlim(1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var temporary = Path.Combine(Directory, $".tmp-{Guid.NewGuid():N}.mp4");
        var work = Path.Combine(paths.Temp, $"style-clip-{Guid.NewGuid():N}");
        try
        {
            if (!force && IsFresh(path))
            {
                return path;
            }
            System.IO.Directory.CreateDirectory(work);
            var stamp = Path.Combine(work, "stamp.txt");
            await File.WriteAllTextAsync(stamp, StyleLookFilters.DateStampText, cancellationToken).ConfigureAwait(false);
            var frames = ClipSeconds * ClipFps;
            var lookFrame = new LookFrame(Width, Height, ClipFps, 0, Path.Combine(options.Value.FontDirectory, "DejaVuSans.ttf"), stamp);
            var (still, moving) = SplitMoving(style.ParsedLook());
            var graph = new FilterGraph();
            var once = StyleLookFilters.Apply(graph, graph.Chain(new FilterPad("0:v"), new FfmpegFilter("format", Option("pix_fmts", "yuv420p"))), still, lookFrame);
            var repeated = graph.Chain(once,
                new FfmpegFilter("format", Option("pix_fmts", "yuv420p")),
                new FfmpegFilter("loop", Option("loop", frames - 1), Option("size", 1), Option("start", 0)),
                new FfmpegFilter("settb", Option("expr", $"1/{ClipFps}")),
                new FfmpegFilter("setpts", Option("expr", "N")),
                new FfmpegFilter("fps", Option("fps", ClipFps)));
            var styled = StyleLookFilters.Apply(graph, repeated, moving, lookFrame);
            var output = graph.Chain(styled, new FfmpegFilter("format", Option("pix_fmts", "yuv420p")));
            await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
            [
                .. FfmpegArguments.Quiet, "-loglevel", "error", "-i", FfmpegArguments.File(plain),
                "-filter_complex", graph.ToString(), "-map", output.ToString(), "-frames:v", frames.ToString(CultureInfo.InvariantCulture),
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-movflags", "+faststart", "-f", "mp4", FfmpegArguments.File(temporary),
            ]) { Timeout = TimeSpan.FromMinutes(3) }, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _renders);
            File.Move(temporary, path, overwrite: true);
            return path;
        }
        finally
        {
            _slots.Release();
            gate.Release();
            File.Delete(temporary);
            try { System.IO.Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// The clip's input is one still frame, so only grain and drift change from frame to frame: the
    /// rest of the look is drawn once and looped, and per frame only grain and what lies on top of it
    /// (bars, date stamp) are drawn. The same order as one chain, at a fraction of the work. Drift moves
    /// the picture under every later block, so a drifting look still runs whole on every frame.
    /// </summary>
    internal static (StyleLook Still, StyleLook Moving) SplitMoving(StyleLook look) =>
        look.Drift > 0
            ? (StyleLook.Plain, look)
            : (look with { Grain = 0, FrameAspect = 0, Overlay = LookOverlay.None },
               StyleLook.Plain with { Grain = look.Grain, FrameAspect = look.FrameAspect, Overlay = look.Overlay });

    private async Task RenderAsync(Style style, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var work = Path.Combine(paths.Temp, $"style-preview-{Guid.NewGuid():N}");
        try
        {
            System.IO.Directory.CreateDirectory(work);
            System.IO.Directory.CreateDirectory(Directory);
            var started = time.GetTimestamp();
            var before = Path.Combine(work, "before.png");
            var after = Path.Combine(work, "after.png");
            await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path, await ArgumentsAsync(style, work, before, after, cancellationToken).ConfigureAwait(false))
            {
                Timeout = TimeSpan.FromMinutes(2),
            }, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _renders);
            File.Move(before, PathOf(style, PreviewVariant.Before), overwrite: true);
            File.Move(after, PathOf(style, PreviewVariant.After), overwrite: true);
            logger.LogInformation("Rendered the preview of style {Style} v{Version} in {Ms} ms", style.Id, style.LookVersion, time.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            _slots.Release();
            try { System.IO.Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private async Task<List<string>> ArgumentsAsync(Style style, string work, string before, string after, CancellationToken cancellationToken)
    {
        var palette = style.PaletteColors.Select(Color).ToList();
        while (palette.Count < 5) { palette.Add(palette.Count % 2 == 0 ? "0x303030" : "0xd0d0d0"); }
        var title = Path.Combine(work, "title.txt");
        var scene = Path.Combine(work, "scene.txt");
        var stamp = Path.Combine(work, "stamp.txt");
        await File.WriteAllTextAsync(title, style.Name, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(scene, style.DemoScene, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(stamp, StyleLookFilters.DateStampText, cancellationToken).ConfigureAwait(false);
        var fonts = options.Value.FontDirectory;
        var bold = Path.Combine(fonts, "DejaVuSans-Bold.ttf");
        var regular = Path.Combine(fonts, "DejaVuSans.ttf");

        var graph = new FilterGraph();
        var frame = graph.Chain(new FilterPad("0:v"), DemoFrame(palette, bold, regular, title, scene));
        var copies = graph.ChainToMany([frame], 2, new FfmpegFilter("split", Option("outputs", 2)));
        var plain = graph.Chain(copies[0], Rgb());
        var styled = StyleLookFilters.Apply(graph, copies[1], style.ParsedLook(), new LookFrame(Width, Height, 30, 0, regular, stamp));
        var styledRgb = graph.Chain(styled, Rgb());
        var source = $"gradients=s={Width}x{Height}:c0={palette[0]}:c1={palette[1]}:c2={palette[3]}:nb_colors=3:x0=0:y0=0:x1={Width}:y1={Height}:r=1:d=1:seed=7";
        return
        [
            .. FfmpegArguments.Quiet, "-loglevel", "error", "-f", "lavfi", "-i", source,
            "-filter_complex", graph.ToString(),
            "-map", plain.ToString(), "-frames:v", "1", "-f", "image2", "-c:v", "png", FfmpegArguments.File(before),
            "-map", styledRgb.ToString(), "-frames:v", "1", "-f", "image2", "-c:v", "png", FfmpegArguments.File(after),
        ];
    }

    /// <summary>A simple scene in the palette: a sun, a skyline, the ground, and the style's name and demo scene as titles.</summary>
    private static FfmpegFilter[] DemoFrame(List<string> palette, string boldFont, string regularFont, string titleFile, string sceneFile) =>
    [
        new("trim", Option("end_frame", 1)),
        new("format", Option("pix_fmts", "rgb24")),
        Box(960, 110, 150, 150, palette[2]),
        Box(0, 470, 1280, 250, palette[4] + "@0.85"),
        Box(90, 330, 150, 190, palette[3]),
        Box(260, 300, 120, 220, palette[0]),
        Box(400, 360, 170, 160, palette[2] + "@0.8"),
        Box(620, 310, 110, 210, palette[1]),
        Box(760, 380, 200, 140, palette[3] + "@0.9"),
        Box(1000, 320, 140, 200, palette[0] + "@0.9"),
        Box(0, 600, 1280, 6, palette[2]),
        Text(boldFont, titleFile, 72, "'(w-text_w)/2'", "135"),
        Text(regularFont, sceneFile, 42, "'(w-text_w)/2'", "230"),
    ];

    private static FfmpegFilter Box(int x, int y, int width, int height, string color) =>
        new("drawbox", Option("x", x), Option("y", y), Option("w", width), Option("h", height), Option("color", color), Option("t", "fill"));

    private static FfmpegFilter Text(string font, string file, int size, string x, string y) =>
        new("drawtext", Option("fontfile", Quoted(font)), Option("textfile", Quoted(file)), Option("expansion", "none"),
            Option("fontcolor", "white"), Option("fontsize", size), Option("x", x), Option("y", y),
            Option("borderw", 3), Option("bordercolor", "black@0.8"));

    private static FfmpegFilter Rgb() => new("format", Option("pix_fmts", "rgb24"));


    private static string SafeId(string id) =>
        StyleId().IsMatch(id) ? id : throw new ArgumentException($"'{id}' is not a style id.", nameof(id));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    public static partial Regex StyleId();
}
