using GenScene.Studio.Infrastructure.Api;

namespace GenScene.Studio.Features.Security.ApiKeys;

public sealed record ApiKeyResponse(string Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, string? WebhookUrl)
{
    public static ApiKeyResponse From(ApiKey k) => new(k.Id, k.Name, k.Prefix, k.ScopeList, k.CreatedAt, k.LastUsedAt, k.RevokedAt, k.WebhookUrl);
}

/// <summary>The key itself is in this response only.</summary>
public sealed record CreatedApiKeyResponse(string Id, string Name, IReadOnlyList<string> Scopes, string Key);

public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Scopes);

public static class ApiKeysEndpoints
{
    public static RouteGroupBuilder MapApiKeysApi(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/keys").WithTags("API keys");
        keys.MapGet("/", async (ApiKeyService service, CancellationToken ct) =>
            TypedResults.Ok((await service.ListAsync(ct)).Select(ApiKeyResponse.From).ToList()))
            .WithSummary("All keys (never the keys themselves), newest first. Admin.");
        keys.MapPost("/", async (CreateApiKeyRequest request, ApiKeyService service, CancellationToken ct) =>
        {
            try
            {
                var created = await service.CreateAsync(request.Name ?? "", request.Scopes ?? [], ct);
                return Results.Created($"/api/keys/{created.Key.Id}", new CreatedApiKeyResponse(created.Key.Id, created.Key.Name, created.Key.ScopeList, created.Secret));
            }
            catch (ArgumentException ex)
            {
                return StudioApi.Invalid(ex.ParamName ?? "request", ex.Message.Split(" (Parameter", 2)[0]);
            }
        }).WithSummary("Creates a key with a name and scopes (read, generate, admin); the key is shown in this response only. Admin.");
        keys.MapDelete("/{id}", async (string id, ApiKeyService service, CancellationToken ct) =>
            await service.RevokeAsync(id, ct) ? Results.NoContent() : StudioApi.NotFound($"There is no API key '{id}'."))
            .WithSummary("Revokes a key: it stops working at once. Admin.");
        return api;
    }
}
