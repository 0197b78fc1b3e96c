namespace GenScene.Studio.Data.Versioning;

/// <summary>
/// A write based on a version that is no longer the stored one: someone else saved (or deleted) it in
/// between. Nothing was written; the caller shows the current version (HTTP 412, the editor's notice).
/// </summary>
public sealed class StaleVersionException : Exception
{
    public StaleVersionException(string what, string id, int currentVersion, string? updatedBy, Exception? inner = null)
        : base($"The {what} '{id}' is now at version {currentVersion}{(updatedBy is null ? "" : $", saved by {updatedBy}")}; " +
            "reload it and apply your change again.", inner)
    {
        What = what;
        Id = id;
        CurrentVersion = currentVersion;
        UpdatedBy = updatedBy;
    }

    /// <summary>The row went away while the change was being saved.</summary>
    public StaleVersionException(string what, string id, Exception? inner)
        : base($"The {what} '{id}' was deleted while your change was being saved.", inner)
    {
        What = what;
        Id = id;
        Deleted = true;
    }

    public string What { get; }
    public string Id { get; }
    public int CurrentVersion { get; }
    public string? UpdatedBy { get; }
    public bool Deleted { get; }

    /// <summary>Refuses, before anything changes, a write based on another version than the one loaded.</summary>
    public static void ThrowIfStale(string what, string id, IVersioned stored, int? expectedVersion)
    {
        if (expectedVersion is { } expected && stored.Version != expected)
        {
            throw new StaleVersionException(what, id, stored.Version, stored.UpdatedBy);
        }
    }
}
