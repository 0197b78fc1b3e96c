using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Styles;

/// <summary>Which previews to render: every style, one category or one style; Force renders them again even when cached.</summary>
public sealed record GenerateStylePreviewsPayload(string? StyleId = null, bool Force = false);

/// <summary>
/// "Generate all" and "Regenerate preview": renders the stills (before and after) and the 4 s clip of
/// each chosen style that is not fresh in the cache. Styles render side by side; <see cref="StylePreviews"/>
/// bounds the ffmpeg runs to the machine's cores.
/// </summary>
public sealed class GenerateStylePreviewsHandler(StyleCatalog catalog, StylePreviews previews) : JobHandler<GenerateStylePreviewsPayload>
{
    public const string JobKind = "styles.previews";

    public override string Kind => JobKind;

    protected override JobLabel Label(GenerateStylePreviewsPayload payload, string jobId) =>
        new(payload.StyleId is { } style ? $"Style preview: {style}" : "Style previews", "/styles");

    /// <summary>The job behind "Regenerate preview", for the gallery page and the API alike: one style, rendered again even when cached.</summary>
    /// <summary>Queues one job for every preview not fresh in the cache ("Generate all"): the gallery page and the API alike.</summary>
    public static async Task<string> QueueAllAsync(JobQueue queue, CancellationToken cancellationToken) =>
        (await queue.EnqueueAsync(JobKind, new GenerateStylePreviewsPayload(), new EnqueueOptions(), cancellationToken).ConfigureAwait(false)).Job.Id;

    public static async Task<string> QueueRegenerateAsync(JobQueue queue, string styleId, CancellationToken cancellationToken) =>
        (await queue.EnqueueAsync(JobKind, new GenerateStylePreviewsPayload(StyleId: styleId, Force: true), new EnqueueOptions(), cancellationToken)
            .ConfigureAwait(false)).Job.Id;

    protected override async Task RunAsync(GenerateStylePreviewsPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<Style> styles = payload.StyleId is null
            ? await catalog.ListAsync(cancellationToken).ConfigureAwait(false)
            : await catalog.FindAsync(payload.StyleId, cancellationToken).ConfigureAwait(false) is { } one
                ? [one]
                : throw new JobPermanentException("UnknownStyle", $"There is no style '{payload.StyleId}'.");
        var done = 0;
        var rendered = 0;
        context.Progress.Report(new JobProgress(0, "rendering previews"));
        await Parallel.ForEachAsync(styles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (style, ct) =>
            {
                var fresh = previews.IsFresh(style, PreviewVariant.After) && previews.IsFresh(style, PreviewVariant.Before) && previews.IsClipFresh(style);
                if (payload.Force)
                {
                    await previews.RegenerateAsync(style, ct).ConfigureAwait(false);
                }
                else
                {
                    await previews.GetAsync(style, PreviewVariant.After, ct).ConfigureAwait(false);
                    await previews.GetAsync(style, PreviewVariant.Before, ct).ConfigureAwait(false);
                    await previews.GetClipAsync(style, ct).ConfigureAwait(false);
                }
                Interlocked.Add(ref rendered, payload.Force || !fresh ? 1 : 0);
                context.Progress.Report(new JobProgress(100.0 * Interlocked.Increment(ref done) / Math.Max(1, styles.Count), style.Name));
            }).ConfigureAwait(false);
        context.Progress.Report(new JobProgress(100, "done", $"{styles.Count} previews, {rendered} rendered, {styles.Count - rendered} cached"));
    }
}
