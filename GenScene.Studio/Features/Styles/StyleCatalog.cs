using GenScene.Studio.Data;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Styles;

/// <summary>The styles of this studio.</summary>
public sealed class StyleCatalog(IDbContextFactory<StudioDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<Style>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var styles = await db.Styles.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var order = StyleSeeds.Categories.Select(c => c.Id).ToList();
        return [.. styles.OrderBy(s => order.IndexOf(s.Category) is var i and >= 0 ? i : int.MaxValue).ThenBy(s => s.Name, StringComparer.Ordinal)];
    }

    public async Task<Style?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Styles.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Styles.AnyAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the styles the catalog lacks (by id); returns how many.</summary>
    public async Task<int> AddMissingAsync(IEnumerable<Style> styles, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var known = (await db.Styles.Select(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var style in styles.Where(s => !known.Contains(s.Id)))
        {
            db.Styles.Add(style);
            added++;
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>
    /// Replaces a style's look after checking it; the version rises only when the look really
    /// changed, which retires its cached previews and rendered segments. Returns per-field errors.
    /// </summary>
    public async Task<Dictionary<string, string[]>> UpdateLookAsync(string id, StyleLook look, CancellationToken cancellationToken)
    {
        var errors = look.Validate();
        if (errors.Count > 0)
        {
            return errors;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var style = await db.Styles.FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"There is no style '{id}'.");
        var json = look.ToJson();
        if (style.Look != json)
        {
            style.Look = json;
            style.Version++;
            style.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        return errors;
    }
}
