using GenScene.Studio.Data;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Styles;

/// <summary>The styles of this studio.</summary>
public sealed class StyleCatalog(IDbContextFactory<StudioDbContext> contexts, TimeProvider time, EditNotifier edits)
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
    /// Adds a style after checking every field (<see cref="StyleValidator"/>); a missing id is made
    /// from the name. An id already in the catalog is a conflict, reported on "id".
    /// </summary>
    public async Task<StyleSaved> CreateAsync(StyleRequest request, CancellationToken cancellationToken)
    {
        request = request.WithCreateDefaults();
        request = request with { Id = request.Id ?? StyleValidator.IdFrom(request.Name ?? "") };
        var errors = StyleValidator.Validate(request);
        if (errors.Count > 0)
        {
            return new StyleSaved(null, errors);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Styles.AnyAsync(s => s.Id == request.Id, cancellationToken).ConfigureAwait(false))
        {
            return StyleSaved.Taken(request.Id!);
        }
        var now = time.GetUtcNow();
        var style = new Style
        {
            Id = request.Id!, Name = "", Category = "", Description = "", Palette = "", Keywords = "", DemoScene = "",
            CaptionFont = "", CaptionColor = "", CaptionOutline = "", DefaultTransition = "", Look = Normalized(request.Look!).ToJson(),
            LookVersion = 1, CreatedAt = now, UpdatedAt = now,
        };
        request.ApplyTo(style);
        db.Styles.Add(style);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Created by someone else between the check and the insert; anything else is a real failure.
            if (await ExistsAsync(style.Id, cancellationToken).ConfigureAwait(false))
            {
                return StyleSaved.Taken(style.Id);
            }
            throw;
        }
        return new StyleSaved(style, errors);
    }

    /// <summary>
    /// Replaces every field of a style (a full edit). The look version rises only when the look changed:
    /// a new description or keyword keeps the cached previews and rendered segments. With
    /// <paramref name="edit"/>'s expected version, a style saved by someone else since is refused (<see cref="StaleVersionException"/>).
    /// </summary>
    public async Task<StyleSaved> UpdateAsync(string id, StyleRequest request, EditBy edit, CancellationToken cancellationToken)
    {
        var errors = StyleValidator.Validate(request);
        if (request.Id is { } bodyId && bodyId != id)
        {
            errors["id"] = [Texts<StylesText>.Format("IdMismatch", bodyId, id)];
        }
        if (errors.Count > 0)
        {
            return new StyleSaved(null, errors);
        }
        return await ChangeAsync(id, style =>
        {
            request.ApplyTo(style);
            SetLook(style, request.Look!);
        }, edit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces a style's look after checking it; the version rises only when the look really
    /// changed, which retires its cached previews and rendered segments. An unknown style is reported
    /// before an invalid look; on success the saved style comes back (no second read).
    /// </summary>
    public async Task<StyleSaved> UpdateLookAsync(string id, StyleLook look, EditBy edit, CancellationToken cancellationToken)
    {
        var errors = look.Validate();
        var saved = await ChangeAsync(id, style =>
        {
            if (errors.Count == 0)
            {
                SetLook(style, look);
            }
        }, edit, cancellationToken).ConfigureAwait(false);
        return saved.NotFound || errors.Count == 0 ? saved : new StyleSaved(null, errors);
    }

    private async Task<StyleSaved> ChangeAsync(string id, Action<Style> change, EditBy edit, CancellationToken cancellationToken)
    {
        // Without an expected version (an old client) a lost race is simply tried again on the newer row.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryChangeAsync(id, change, edit, cancellationToken).ConfigureAwait(false);
            }
            catch (StaleVersionException ex) when (edit.ExpectedVersion is null && !ex.Deleted && attempt < 3)
            {
            }
        }
    }

    private async Task<StyleSaved> TryChangeAsync(string id, Action<Style> change, EditBy edit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Styles.FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false) is not { } style)
        {
            return StyleSaved.Missing(id);
        }
        StaleVersionException.ThrowIfStale("style", id, style, edit.ExpectedVersion);
        change(style);
        if (db.ChangeTracker.HasChanges())
        {
            style.UpdatedAt = time.GetUtcNow();
            style.UpdatedBy = edit.By ?? style.UpdatedBy;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            edits.Publish(new EntityEdited("style", style.Id, style.Version, style.UpdatedBy));
        }
        return new StyleSaved(style, []);
    }

    private static void SetLook(Style style, StyleLook look)
    {
        var json = Normalized(look).ToJson();
        if (style.Look != json)
        {
            style.Look = json;
            style.LookVersion++;
        }
    }

    /// <summary>A grade of all zeros draws nothing; stored as no grade so it is not a different look.</summary>
    private static StyleLook Normalized(StyleLook look) =>
        look.Grade is { } grade && grade.Values.All(v => v == 0) ? look with { Grade = null } : look;
}
