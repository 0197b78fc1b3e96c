using System.Security.Cryptography;
using GenScene.Studio.Data;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Security.ApiKeys;
using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Localization;
using GenScene.Studio.Infrastructure.Outbound;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Webhooks;

public sealed record WebhookRequest(string? Url);

/// <summary>The secret is in this response only: the receiver checks X-GenScene-Signature with it.</summary>
public sealed record WebhookRegistered(string Url, string Secret, int Version);

/// <summary>The calling key's webhook as it is now (never its secret); version is the key's, also the ETag.</summary>
public sealed record WebhookSetting(string? Url, int Version);

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
        hooks.MapGet("/", async (HttpContext context, ApiKeyService keys, CancellationToken ct) =>
        {
            if (context.User.ApiKeyId() is not { } keyId || await keys.FindAsync(keyId, ct) is not { } key)
            {
                return NotAKey();
            }
            return EditVersions.Ok(context.Response, new WebhookSetting(key.WebhookUrl, key.Version), key.Version);
        }).WithEditVersion().WithSummary("The calling key's webhook url (null when none) and the key's version, also as ETag.");
        hooks.MapPut("/", async (WebhookRequest request, HttpContext context, ApiKeyService keys, OutboundGuard guard, CancellationToken ct) =>
        {
            if (context.User.ApiKeyId() is not { } keyId)
            {
                return NotAKey();
            }
            // Loopback, private, link-local and metadata addresses are refused here; deliveries check again at connect time.
            var check = await guard.CheckAsync(request.Url, WebhookDeliveryHandler.Purpose, ct);
            if (check is not { Url: { } url })
            {
                return StudioApi.Invalid("url", check.Problem!);
            }
            var secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            return await SetAsync(context, keys, keyId, url.ToString(), secret, version => EditVersions.Ok(context.Response, new WebhookRegistered(url.ToString(), secret, version), version), ct);
        }).WithEditVersion().WithSummary("Registers the calling key's webhook: each job it starts is POSTed there when it ends, signed with HMAC-SHA256 in X-GenScene-Signature (sha256=hex) using the returned secret.");
        hooks.MapDelete("/", async (HttpContext context, ApiKeyService keys, CancellationToken ct) =>
            context.User.ApiKeyId() is { } keyId
                ? await SetAsync(context, keys, keyId, null, null, _ => Results.NoContent(), ct)
                : NotAKey())
            .WithEditVersion().WithSummary("Removes the calling key's webhook.");
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

    // The webhook is part of its key: setting it is an edit of the key, on the version If-Match names (ADR 0033).
    private static async Task<IResult> SetAsync(HttpContext context, ApiKeyService keys, string keyId, string? url, string? secret, Func<int, IResult> answer, CancellationToken ct)
    {
        try
        {
            return await keys.SetWebhookAsync(keyId, url, secret, EditVersions.EditOf(context), ct) is { } version ? answer(version) : NotAKey();
        }
        catch (StaleVersionException stale)
        {
            return EditVersions.Stale(context, stale);
        }
    }

    private static IResult NotAKey() =>
        StudioApi.Invalid("X-API-Key", Texts<WebhooksText>.Get("KeyRequired"));
}
