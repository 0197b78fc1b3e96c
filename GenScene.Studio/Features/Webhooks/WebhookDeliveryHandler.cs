using System.Net.Http.Headers;
using System.Text.Json;
using GenScene.Studio.Data;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Outbound;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Webhooks;

public sealed record WebhookDeliveryPayload(string DeliveryId);

/// <summary>
/// POSTs the finished job's JSON (as GET /api/jobs/{id} shows it) to the key's URL, signed. A non-2xx
/// answer or no answer fails the attempt, and the jobs engine retries it with backoff; the delivery
/// row keeps the count, the last status and error, and is marked failed after the last attempt. An
/// address the outbound guard refuses (at connect time, redirects included) fails at once, not retried:
/// another try would reach the same place.
/// </summary>
public sealed class WebhookDeliveryHandler(IDbContextFactory<StudioDbContext> contexts, JobQueries jobs, IHttpClientFactory clients, OutboundGuard guard, TimeProvider time)
    : JobHandler<WebhookDeliveryPayload>
{
    public const string JobKind = "webhook.deliver";
    public const string ClientName = "webhooks";

    /// <summary>How the outbound guard names these URLs in its refusals.</summary>
    public const string Purpose = "webhook";

    public override string Kind => JobKind;

    protected override JobLabel Label(WebhookDeliveryPayload payload, string jobId) => new("Webhook delivery");

    protected override async Task RunAsync(WebhookDeliveryPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == payload.DeliveryId, cancellationToken).ConfigureAwait(false)
            ?? throw new JobPermanentException("NotFound", $"There is no webhook delivery '{payload.DeliveryId}'.");
        var secret = await db.ApiKeys.Where(k => k.Id == delivery.ApiKeyId).Select(k => k.WebhookSecret).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? "";
        var job = await jobs.FindAsync(delivery.JobId, withEvents: false, cancellationToken).ConfigureAwait(false)
            ?? throw new JobPermanentException("NotFound", $"The job '{delivery.JobId}' is gone.");
        var body = JsonSerializer.SerializeToUtf8Bytes(JobResponse.From(job), JobJson.Options);

        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, body));
        request.Headers.Add("X-GenScene-Event", "job.finished");
        request.Headers.Add("X-GenScene-Delivery", delivery.Id);
        delivery.Attempts++;
        // A URL stored before the guard existed is judged like a new one; what its name resolves to is checked as it connects.
        if (guard.CheckWithoutLookup(delivery.Url, Purpose).Problem is { } problem)
        {
            throw await RefuseAsync(db, delivery, problem).ConfigureAwait(false);
        }
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
            delivery.LastStatusCode = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                delivery.State = WebhookDelivery.Delivered;
                delivery.DeliveredAt = time.GetUtcNow();
                delivery.LastError = null;
                await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                return;
            }
            delivery.LastError = $"The receiver answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        }
        catch (HttpRequestException ex) when (OutboundRefusedException.Find(ex) is { } refused)
        {
            throw await RefuseAsync(db, delivery, refused.Message).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            delivery.LastError = ex is TaskCanceledException ? "The receiver did not answer in time." : ex.Message;
        }
        if (context.Attempt >= context.MaxAttempts)
        {
            delivery.State = WebhookDelivery.Failed;
        }
        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        throw new HttpRequestException($"Webhook delivery {delivery.Id} to {delivery.Url} failed: {delivery.LastError}");
    }

    /// <summary>Records the refusal as the delivery's failure and gives the exception that ends the job without retries.</summary>
    private static async Task<JobPermanentException> RefuseAsync(StudioDbContext db, WebhookDelivery delivery, string problem)
    {
        delivery.State = WebhookDelivery.Failed;
        delivery.LastError = problem;
        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        return new JobPermanentException("OutboundRefused", problem);
    }
}
