using GenScene.Studio.Data;
using GenScene.Studio.Features.Jobs;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Webhooks;

/// <summary>
/// Hears every job that ends in this process (the runner and cancels publish it here) and, when the
/// job's key has a webhook, records a delivery and queues it as a job, so the POST is durable and
/// retried with the jobs engine's backoff.
/// </summary>
public sealed class WebhookDispatcher(JobNotifier notifier, IDbContextFactory<StudioDbContext> contexts, IServiceProvider services, TimeProvider time, ILogger<WebhookDispatcher> logger)
    : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = notifier.Subscribe(update =>
        {
            // Finished, dead or cancelled; a failed attempt that will retry is not an end.
            if (update.State.IsTerminal() && update.Kind != WebhookDeliveryHandler.JobKind)
            {
                _ = DispatchAsync(update.JobId);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task DispatchAsync(string jobId)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
            var target = await (from job in db.Jobs
                                join key in db.ApiKeys on job.OwnerKeyId equals key.Id
                                where job.Id == jobId && key.WebhookUrl != null && key.RevokedAt == null
                                select new { KeyId = key.Id, Url = key.WebhookUrl! }).FirstOrDefaultAsync().ConfigureAwait(false);
            if (target is null)
            {
                return;
            }
            var delivery = new WebhookDelivery
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
                ApiKeyId = target.KeyId,
                JobId = jobId,
                Url = target.Url,
                CreatedAt = time.GetUtcNow(),
            };
            db.WebhookDeliveries.Add(delivery);
            await db.SaveChangesAsync().ConfigureAwait(false);
            // Resolved late: the queue depends on this process's services being built.
            await services.GetRequiredService<JobQueue>().EnqueueAsync(WebhookDeliveryHandler.JobKind, new WebhookDeliveryPayload(delivery.Id),
                new EnqueueOptions(IdempotencyKey: $"webhook:{delivery.Id}"), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            logger.LogError(ex, "Could not queue the webhook for job {JobId}", jobId);
        }
    }
}
