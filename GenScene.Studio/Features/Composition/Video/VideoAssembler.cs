using System.Diagnostics;
using System.Globalization;
using System.Text;
using GenScene.Studio.Features.Audio.Filters;
using GenScene.Studio.Features.Composition.Caching;
using GenScene.Studio.Features.Composition.Planning;
using GenScene.Studio.Features.Episodes;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Processes;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>The picture, ready to be joined: a concat list of the segments in order, and how many scene bodies were rendered (not cached).</summary>
public sealed record AssembledVideo(string SegmentList, int RenderedScenes);

/// <summary>
/// The picture of an episode: each scene's body and each transition's overlap is a segment,
/// taken from the cache or rendered (a few at a time), listed in order for a join by stream copy.
/// </summary>
public sealed class VideoAssembler(
    SceneSource sources, SegmentRenderer renderer, SegmentCache cache,
    JobMetrics metrics, IOptions<CompositionOptions> options, ILogger<VideoAssembler> logger)
{
    private sealed record Piece(string Stage, string What, int SceneNumber, string Key, int Frames, Func<VideoGraph> Graph);

    /// <summary>Renders what the cache lacks and writes the concat list of every segment into <paramref name="workDirectory"/>.</summary>
    public async Task<AssembledVideo> AssembleAsync(CompositionPlan plan, IReadOnlyList<SceneVisual> visuals, FrameFormat format, BurnedCaptions captions,
        string workDirectory, Action<double, string> onProgress, CancellationToken cancellationToken)
    {
        var pieces = Pieces(plan, visuals, format, captions);
        var paths = new string[pieces.Count];
        var doneFrames = 0L;
        var renderedScenes = 0;
        var total = Math.Max(1, pieces.Sum(p => (long)p.Frames));
        // Longest first: the short transition pieces fill in at the end, so neither core idles behind one long scene.
        var order = Enumerable.Range(0, pieces.Count).OrderByDescending(i => pieces[i].Frames).ToList();
        await Parallel.ForEachAsync(order,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken },
            async (index, ct) =>
            {
                var piece = pieces[index];
                var started = Stopwatch.StartNew();
                if (cache.TryGet(piece.Key, out var cached))
                {
                    paths[index] = cached;
                    metrics.Record(ComposeEpisodeHandler.JobKind, piece.Stage, "hit", started.Elapsed);
                }
                else
                {
                    onProgress((double)Interlocked.Read(ref doneFrames) / total, piece.What);
                    paths[index] = await RenderAsync(piece, format, ct).ConfigureAwait(false);
                    metrics.Record(ComposeEpisodeHandler.JobKind, piece.Stage, "rendered", started.Elapsed);
                    logger.LogInformation("Rendered {Piece} of {Scenes} scenes ({Frames} frames) in {Ms} ms",
                        piece.What, plan.Scenes.Count, piece.Frames, started.ElapsedMilliseconds);
                    if (piece.Stage == "segment") { Interlocked.Increment(ref renderedScenes); }
                }
                onProgress((double)Interlocked.Add(ref doneFrames, piece.Frames) / total, piece.What);
            }).ConfigureAwait(false);
        var list = Path.Combine(workDirectory, "segments.txt");
        await File.WriteAllTextAsync(list, SegmentList([.. paths.Select((path, i) => (path, pieces[i].Frames))], format.Fps), cancellationToken).ConfigureAwait(false);
        return new AssembledVideo(list, renderedScenes);
    }

    private async Task<string> RenderAsync(Piece piece, FrameFormat format, CancellationToken cancellationToken)
    {
        var temporary = cache.NewTemporaryPath();
        try
        {
            await renderer.RenderAsync(piece.Graph(), format, piece.Frames, temporary, _ => { }, cancellationToken).ConfigureAwait(false);
            return cache.Commit(piece.Key, temporary);
        }
        catch (ProcessFailedException ex) when (ex is not ProcessTimeoutException)
        {
            throw new JobPermanentException("RenderFailed", $"Scene {piece.SceneNumber} could not be rendered ({piece.What}): {Reason(ex)}", ex);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private List<Piece> Pieces(CompositionPlan plan, IReadOnlyList<SceneVisual> visuals, FrameFormat format, BurnedCaptions captions)
    {
        var encoding = VideoEncoder.Identity(options.Value, format);
        var pieces = new List<Piece>();
        for (var i = 0; i < plan.Scenes.Count; i++)
        {
            var scene = plan.Scenes[i];
            var visual = visuals[i];
            var what = $"scene {i + 1}";
            if (scene.BodyFrames > 0)
            {
                var shown = captions.For(scene.StartFrame + scene.HeadFrames, scene.BodyFrames);
                var key = SegmentCache.Key(new { piece = "body", scene = visual.Identity, scene.Frames, from = scene.HeadFrames, count = scene.BodyFrames, encoding, captions = BurnedCaptions.Identity(shown) });
                pieces.Add(new Piece("segment", what, scene.Number, key, scene.BodyFrames,
                    () => Single(visual, format, scene.Frames, scene.HeadFrames, scene.BodyFrames, shown)));
            }
            if (scene.TailFrames > 0)
            {
                var next = plan.Scenes[i + 1];
                var nextVisual = visuals[i + 1];
                var overlap = scene.TailFrames;
                var shown = captions.For(scene.EndFrame - overlap, overlap);
                var key = SegmentCache.Key(new { piece = "transition", plan.Transition, a = visual.Identity, aFrames = scene.Frames, b = nextVisual.Identity, bFrames = next.Frames, overlap, encoding, captions = BurnedCaptions.Identity(shown) });
                pieces.Add(new Piece("transition", $"transition {i + 1}-{i + 2}", scene.Number, key, overlap,
                    () => Transition(plan.Transition, visual, scene.Frames, nextVisual, next.Frames, overlap, format, shown)));
            }
        }
        return pieces;
    }

    private VideoGraph Single(SceneVisual visual, FrameFormat format, int sceneFrames, int from, int count, IReadOnlyList<PieceCaption> captions)
    {
        var graph = new FilterGraph();
        var inputs = new List<string>();
        var output = BurnedCaptions.Draw(graph, sources.Add(graph, inputs, visual, format, sceneFrames, from, count), captions, options.Value.FontFile, format);
        return new VideoGraph(inputs, graph.ToString(), output.ToString());
    }

    /// <summary>The last frames of one scene and the first of the next, blended over exactly the overlap.</summary>
    private VideoGraph Transition(string transition, SceneVisual a, int aFrames, SceneVisual b, int bFrames, int overlap, FrameFormat format, IReadOnlyList<PieceCaption> captions)
    {
        var graph = new FilterGraph();
        var inputs = new List<string>();
        var tail = sources.Add(graph, inputs, a, format, aFrames, aFrames - overlap, overlap);
        var head = sources.Add(graph, inputs, b, format, bFrames, 0, overlap);
        var blended = transition == EpisodeFormats.FadeThroughBlack
            ? graph.Chain([tail, head], VideoFilters.Xfade("fadeblack", overlap, format.Fps), VideoFilters.Yuv420())
            : graph.Chain([tail, graph.Chain(head, VideoFilters.FadingIn(overlap, format.Fps))], VideoFilters.OverlayInPlace(), VideoFilters.Yuv420());
        var output = BurnedCaptions.Draw(graph, blended, captions, options.Value.FontFile, format);
        return new VideoGraph(inputs, graph.ToString(), output.ToString());
    }

    /// <summary>
    /// The concat demuxer's list, with each piece's exact duration written in: left to itself the
    /// demuxer takes an MP4's duration in milliseconds, and the rounding shifts every later frame.
    /// </summary>
    private static string SegmentList(IReadOnlyList<(string Path, int Frames)> segments, int fps)
    {
        var text = new StringBuilder();
        foreach (var (segment, frames) in segments)
        {
            text.Append("file '").Append(("file:" + segment).Replace("'", "'\\''", StringComparison.Ordinal)).Append("'\n")
                .Append("duration ").Append(((double)frames / fps).ToString("0.#########", CultureInfo.InvariantCulture)).Append('\n');
        }
        return text.ToString();
    }

    internal static string Reason(ProcessFailedException ex)
    {
        var lines = ex.StandardErrorTail.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? $"ffmpeg exited with code {ex.ExitCode}" : string.Join(" | ", lines.TakeLast(3));
    }

    internal static string Seconds(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
