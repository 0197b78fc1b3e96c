namespace GenScene.Studio.Features.Styles;

/// <summary>On start, adds the seeded styles the catalog lacks; edited styles are left as they are.</summary>
public sealed class StyleSeeder(StyleCatalog catalog, TimeProvider time, ILogger<StyleSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        int added;
        try
        {
            added = await catalog.AddMissingAsync(StyleSeeds.Create(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException ex)
        {
            // A worker and the studio starting together may both seed; the other one's rows are just as good.
            logger.LogInformation("Styles were seeded by another process meanwhile: {Reason}", ex.InnerException?.Message ?? ex.Message);
            return;
        }
        if (added > 0)
        {
            logger.LogInformation("Added {Count} styles to the catalog", added);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
