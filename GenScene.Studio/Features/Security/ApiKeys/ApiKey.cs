using GenScene.Studio.Data.Versioning;

namespace GenScene.Studio.Features.Security.ApiKeys;

/// <summary>A credential for other programs. Only the SHA-256 of the key is kept; the key is shown once.</summary>
public sealed class ApiKey : IVersioned
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The key's first characters, to recognise it in a list.</summary>
    public required string Prefix { get; set; }
    /// <summary>Hex SHA-256 of the whole key.</summary>
    public required string KeyHash { get; set; }
    /// <summary>Comma-separated, already expanded ("read,generate").</summary>
    public required string Scopes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    /// <summary>Where the studio POSTs this key's finished jobs.</summary>
    public string? WebhookUrl { get; set; }
    public string? WebhookSecret { get; set; }

    /// <summary>Rises when the key is revoked or its webhook set or removed (ADR 0033); being used is no edit.</summary>
    public int Version { get; set; } = 1;

    public string? UpdatedBy { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(',', StringSplitOptions.RemoveEmptyEntries);
    public bool IsRevoked => RevokedAt is not null;
}
