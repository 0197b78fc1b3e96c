using System.Security.Cryptography;
using GenScene.Studio.Data;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace GenScene.Studio.Features.Security.ApiKeys;

/// <summary>A key just created: the only moment its secret is known.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);

/// <summary>Creates, lists and revokes API keys (admins, from the Keys page or /api/keys).</summary>
public sealed class ApiKeyService(IDbContextFactory<StudioDbContext> contexts, ApiKeyRing ring, TimeProvider time, EditNotifier edits, ILogger<ApiKeyService> logger)
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
            throw new ArgumentException(Texts<SecurityText>.Format("KeyNameLength", MaxNameLength), nameof(name));
        }
        if (Infrastructure.Api.UserText.NameProblem(Texts<SecurityText>.Get("SubjectName"), name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }
        // A JSON list may hold nulls ("scopes": [null]); each is an unknown scope, not a crash.
        var requested = scopes.Select(s => (s ?? "").Trim().ToLowerInvariant()).ToList();
        if (requested.FirstOrDefault(s => !StudioScopes.IsKnown(s)) is { } unknown)
        {
            throw new ArgumentException(Texts<SecurityText>.Format("KeyScopeUnknown", unknown, string.Join(", ", StudioScopes.All)), nameof(scopes));
        }
        if (requested.Count == 0)
        {
            throw new ArgumentException(Texts<SecurityText>.Format("KeyScopeNone", string.Join(", ", StudioScopes.All)), nameof(scopes));
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

    public const string Kind = "API key";

    /// <summary>Revokes the key; false when there is no such key. A revoked key stays revoked (a second revoke changes nothing).</summary>
    /// <exception cref="StaleVersionException">The key is no longer at <see cref="EditBy.ExpectedVersion"/>: nothing changed.</exception>
    public async Task<bool> RevokeAsync(string id, EditBy edit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var changed = await ChangeAsync(id, edit, keys => keys.Where(k => k.RevokedAt == null),
            s => s.SetProperty(k => k.RevokedAt, now), cancellationToken).ConfigureAwait(false);
        ring.Invalidate();
        if (changed is not null)
        {
            logger.LogInformation("Revoked API key {ApiKeyId}", id);
        }
        return await FindAsync(id, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>Sets (or, with nulls, removes) the key's webhook; the key's new version, or null when there is no such key.</summary>
    /// <exception cref="StaleVersionException">The key is no longer at <see cref="EditBy.ExpectedVersion"/>: nothing changed.</exception>
    public async Task<int?> SetWebhookAsync(string id, string? url, string? secret, EditBy edit, CancellationToken cancellationToken)
    {
        await ChangeAsync(id, edit, keys => keys, s => s.SetProperty(k => k.WebhookUrl, url).SetProperty(k => k.WebhookSecret, secret), cancellationToken).ConfigureAwait(false);
        return (await FindAsync(id, cancellationToken).ConfigureAwait(false))?.Version;
    }

    /// <summary>
    /// One edit of a key as a single UPDATE that matches only the expected version and raises it (ADR 0017: writes that
    /// go around the change tracker raise the version themselves), so of two edits on one version only the first is written.
    /// Null when <paramref name="which"/> left no row to change (the key is unknown, or already so).
    /// </summary>
    private async Task<int?> ChangeAsync(string id, EditBy edit, Func<IQueryable<ApiKey>, IQueryable<ApiKey>> which,
        Action<UpdateSettersBuilder<ApiKey>> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var expected = edit.ExpectedVersion;
        var changed = await which(db.ApiKeys.Where(k => k.Id == id && (expected == null || k.Version == expected)))
            .ExecuteUpdateAsync(s =>
            {
                change(s);
                s.SetProperty(k => k.Version, k => k.Version + 1).SetProperty(k => k.UpdatedBy, k => edit.By ?? k.UpdatedBy);
            }, cancellationToken).ConfigureAwait(false);
        var stored = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            StaleVersionException.ThrowIfStale(Kind, id, stored, changed == 0 ? expected : null);
            if (changed > 0)
            {
                edits.Publish(new EntityEdited(Kind, id, stored.Version, stored.UpdatedBy));
            }
        }
        return changed > 0 ? stored?.Version : null;
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
