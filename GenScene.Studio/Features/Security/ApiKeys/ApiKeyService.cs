using System.Security.Cryptography;
using GenScene.Studio.Data;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Security.ApiKeys;

/// <summary>A key just created: the only moment its secret is known.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);

/// <summary>Creates, lists and revokes API keys (admins, from the Keys page or /api/keys).</summary>
public sealed class ApiKeyService(IDbContextFactory<StudioDbContext> contexts, ApiKeyRing ring, TimeProvider time, ILogger<ApiKeyService> logger)
{
    public const int MaxNameLength = 100;
    public const string BootstrapName = "Bootstrap admin key (configuration)";

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return keys.OrderByDescending(k => k.CreatedAt).ToList();
    }

    /// <exception cref="ArgumentException">The name is empty or too long, or a scope is unknown (the message names which).</exception>
    public async Task<CreatedApiKey> CreateAsync(string name, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new ArgumentException($"The name must be 1 to {MaxNameLength} characters.", nameof(name));
        }
        if (Infrastructure.Api.UserText.NameProblem("The name", name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }
        // A JSON list may hold nulls ("scopes": [null]); each is an unknown scope, not a crash.
        var requested = scopes.Select(s => (s ?? "").Trim().ToLowerInvariant()).ToList();
        if (requested.FirstOrDefault(s => !StudioScopes.IsKnown(s)) is { } unknown)
        {
            throw new ArgumentException($"'{unknown}' is not a scope; use {string.Join(", ", StudioScopes.All)}.", nameof(scopes));
        }
        if (requested.Count == 0)
        {
            throw new ArgumentException($"Choose at least one scope: {string.Join(", ", StudioScopes.All)}.", nameof(scopes));
        }
        var secret = "gsk_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = await AddAsync(name, secret, StudioScopes.Expand(requested), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Created API key {ApiKeyId} ({ApiKeyName}) with scopes {Scopes}", key.Id, key.Name, key.Scopes);
        return new CreatedApiKey(key, secret);
    }

    /// <summary>Creates the configured admin key unless a key with that value exists already.</summary>
    public async Task EnsureBootstrapKeyAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexString(ApiKeyRing.Hash(secret));
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await db.ApiKeys.AnyAsync(k => k.KeyHash == hash, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
        var key = await AddAsync(BootstrapName, secret, StudioScopes.Expand(StudioScopes.Admin), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Created the bootstrap admin API key {ApiKeyId} from GenScene:BootstrapApiKey", key.Id);
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var changed = await db.ApiKeys.Where(k => k.Id == id && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        ring.Invalidate();
        if (changed > 0)
        {
            logger.LogInformation("Revoked API key {ApiKeyId}", id);
        }
        return changed > 0 || await db.ApiKeys.AnyAsync(k => k.Id == id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ApiKey?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ApiKey> AddAsync(string name, string secret, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
            Name = name,
            // Generated keys show "gsk_" and 6 characters; a configured key shows none of itself.
            Prefix = secret.StartsWith("gsk_", StringComparison.Ordinal) ? secret[..10] : "configured",
            KeyHash = Convert.ToHexString(ApiKeyRing.Hash(secret)),
            Scopes = string.Join(',', scopes),
            CreatedAt = time.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        ring.Invalidate();
        return key;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
