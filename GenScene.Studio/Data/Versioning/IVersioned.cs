namespace GenScene.Studio.Data.Versioning;

/// <summary>
/// An entity people edit. <see cref="Version"/> rises by one on every saved change and is the
/// EF concurrency token: of two writers that loaded the same version, only the first one's UPDATE
/// matches its row; the other gets <see cref="StaleVersionException"/> (ADR 0017).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }

    /// <summary>Who saved the latest version: a signed-in user's name or an API key's name.</summary>
    string? UpdatedBy { get; set; }
}
