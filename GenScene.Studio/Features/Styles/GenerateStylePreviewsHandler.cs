using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Styles;

public sealed record GenerateStylePreviewsPayload(string? Category = null);

/// <summary>"Generate all": renders every style's preview that is not fresh in the cache.</summary>
public sealed class GenerateStylePreviewsHandler(StyleCatalog catalog, StylePreviews previews) : JobHandler<GenerateStylePreviewsPayload>
{
    public const string JobKind = "styles.previews";

    public override string Kind => JobKind;

    protected override async Task RunAsync(GenerateStylePreviewsPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        var styles = (await catalog.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => payload.Category is null || s.Category == payload.Category).ToList();
        var done = 0;
        var rendered = 0;
        context.Progress.Report(new JobProgress(0, "rendering previews"));
        foreach (var style in styles)
        {
            var fresh = previews.IsFresh(style, PreviewVariant.After) && previews.IsFresh(style, PreviewVariant.Before);
            await previews.GetAsync(style, PreviewVariant.After, cancellationToken).ConfigureAwait(false);
            await previews.GetAsync(style, PreviewVariant.Before, cancellationToken).ConfigureAwait(false);
            rendered += fresh ? 0 : 1;
            done++;
            context.Progress.Report(new JobProgress(100.0 * done / Math.Max(1, styles.Count), style.Name));
        }
        context.Progress.Report(new JobProgress(100, "done", $"{styles.Count} previews, {rendered} rendered, {styles.Count - rendered} cached"));
    }
}
