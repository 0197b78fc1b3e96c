using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Infrastructure.Api;

namespace GenScene.Studio.Features.Security.ApiKeys;

public sealed record ApiKeyResponse(string Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, string? WebhookUrl, int Version)
{
    public static ApiKeyResponse From(ApiKey k) => new(k.Id, k.Name, k.Prefix, k.ScopeList, k.CreatedAt, k.LastUsedAt, k.RevokedAt, k.WebhookUrl, k.Version);
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
        keys.MapGet("/{id}", async (string id, ApiKeyService service, HttpResponse response, CancellationToken ct) =>
                await service.FindAsync(id, ct) is { } key ? EditVersions.Ok(response, ApiKeyResponse.From(key), key.Version) : UnknownKey(id))
            .Produces<ApiKeyResponse>().ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithSummary("One key (never the key itself); its version is the ETag. Admin.");
        keys.MapDelete("/{id}", async (string id, ApiKeyService service, HttpContext http, CancellationToken ct) =>
            {
                try
                {
                    return await service.RevokeAsync(id, EditVersions.EditOf(http), ct) ? Results.NoContent() : UnknownKey(id);
                }
                catch (StaleVersionException stale)
                {
                    return EditVersions.Stale(http, stale);
                }
            })
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithSummary("Revokes a key: it stops working at once. Admin.");
        return api;
    }

    private static IResult UnknownKey(string id) => StudioApi.NotFound($"There is no API key '{id}'.");
}
