using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GenScene.Studio.Data.Versioning;

/// <summary>
/// What <see cref="StudioDbContext"/> does for every <see cref="IVersioned"/> entity on save: the version
/// of a changed row rises by one (the UPDATE still matches on the version it was loaded at), and a
/// lost race comes back as <see cref="StaleVersionException"/> naming the version that won.
/// </summary>
internal static class VersionedSaves
{
    public static void RaiseVersions(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(e => e.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }

    public static async Task<StaleVersionException?> ExplainAsync(DbUpdateConcurrencyException ex, CancellationToken cancellationToken)
    {
        if (ex.Entries.FirstOrDefault(e => e.Entity is IVersioned) is not { } entry)
        {
            return null;
        }
        var what = entry.Metadata.ClrType.Name.ToLowerInvariant();
        var id = entry.Property("Id").CurrentValue?.ToString() ?? "";
        var current = await entry.GetDatabaseValuesAsync(cancellationToken).ConfigureAwait(false);
        return current is null
            ? new StaleVersionException(what, id, ex)
            : new StaleVersionException(what, id, current.GetValue<int>(nameof(IVersioned.Version)), current.GetValue<string?>(nameof(IVersioned.UpdatedBy)), ex);
    }
}
