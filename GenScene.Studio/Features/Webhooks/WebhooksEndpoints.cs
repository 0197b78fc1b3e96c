using System.Security.Cryptography;
using GenScene.Studio.Data;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Outbound;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Webhooks;

public sealed record WebhookRequest(string? Url);

/// <summary>The secret is in this response only: the receiver checks X-GenScene-Signature with it.</summary>
public sealed record WebhookRegistered(string Url, string Secret);

public sealed record WebhookDeliveryResponse(string Id, string JobId, string Url, string State, int Attempts, int? LastStatusCode, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d) => new(d.Id, d.JobId, d.Url, d.State, d.Attempts, d.LastStatusCode, d.LastError, d.CreatedAt, d.DeliveredAt);
}

/// <summary>A key's own webhook: set it (PUT), remove it (DELETE), and list its deliveries.</summary>
public static class WebhooksEndpoints
{
    public static RouteGroupBuilder MapWebhooksApi(this RouteGroupBuilder api)
    {
        var hooks = api.MapGroup("/webhooks").WithTags("Webhooks");
        hooks.MapPut("/", async (WebhookRequest request, HttpContext context, IDbContextFactory<StudioDbContext> contexts, OutboundGuard guard, CancellationToken ct) =>
        {
            if (context.User.ApiKeyId() is not { } keyId)
            {
                return StudioApi.Invalid("X-API-Key", "Webhooks belong to API keys: call this with the key whose jobs should be reported.");
            }
            // Loopback, private, link-local and metadata addresses are refused here; deliveries check again at connect time.
            var check = await guard.CheckAsync(request.Url, WebhookDeliveryHandler.Purpose, ct);
            if (check is not { Url: { } url })
            {
                return StudioApi.Invalid("url", check.Problem!);
            }
            var secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            await using var db = await contexts.CreateDbContextAsync(ct);
            await db.ApiKeys.Where(k => k.Id == keyId).ExecuteUpdateAsync(s => s.SetProperty(k => k.WebhookUrl, url.ToString()).SetProperty(k => k.WebhookSecret, secret), ct);
            return TypedResults.Ok(new WebhookRegistered(url.ToString(), secret));
        }).WithSummary("Registers the calling key's webhook: each job it starts is POSTed there when it ends, signed with HMAC-SHA256 in X-GenScene-Signature (sha256=hex) using the returned secret.");
        hooks.MapDelete("/", async (HttpContext context, IDbContextFactory<StudioDbContext> contexts, CancellationToken ct) =>
        {
            if (context.User.ApiKeyId() is not { } keyId)
            {
                return StudioApi.Invalid("X-API-Key", "Webhooks belong to API keys.");
            }
            await using var db = await contexts.CreateDbContextAsync(ct);
            await db.ApiKeys.Where(k => k.Id == keyId).ExecuteUpdateAsync(s => s.SetProperty(k => k.WebhookUrl, (string?)null).SetProperty(k => k.WebhookSecret, (string?)null), ct);
            return Results.NoContent();
        }).WithSummary("Removes the calling key's webhook.");
        hooks.MapGet("/deliveries", async (HttpContext context, IDbContextFactory<StudioDbContext> contexts, CancellationToken ct) =>
        {
            var keyId = context.User.ApiKeyId();
            var admin = context.User.HasScope(StudioScopes.Admin);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = await db.WebhookDeliveries.AsNoTracking().Where(d => admin || d.ApiKeyId == keyId)
                .OrderByDescending(d => d.Id).Take(200).ToListAsync(ct);
            return TypedResults.Ok(rows.Select(WebhookDeliveryResponse.From).ToList());
        }).WithSummary("Webhook deliveries, newest first: the calling key's own (an admin sees all).");
        return api;
    }
}
