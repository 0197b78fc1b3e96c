using System.Text;
using GenScene.Studio.Features.Assets;
using GenScene.Studio.Features.Audio.Jingles;
using GenScene.Studio.Features.Episodes;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Security.ApiKeys;
using GenScene.Studio.Features.Security.Users;
using GenScene.Studio.Features.Webhooks;
using GenScene.Studio.Features.Styles;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Features.Voices.Lexicon;
using GenScene.Studio.Data.Versioning;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Data;

/// <summary>
/// The studio's one database. Each feature adds its entities through an IEntityTypeConfiguration in
/// its own folder; the schema comes from the EF Core migrations in Data/Migrations (ADR 0015).
/// </summary>
public sealed class StudioDbContext(DbContextOptions<StudioDbContext> options) : DbContext(options)
{
    public DbSet<Job> Jobs => Set<Job>();
    public DbSet<JobFile> JobFiles => Set<JobFile>();
    public DbSet<JobEvent> JobEvents => Set<JobEvent>();
    public DbSet<JobMetric> JobMetrics => Set<JobMetric>();
    public DbSet<Voice> Voices => Set<Voice>();
    public DbSet<AudioCacheEntry> AudioCache => Set<AudioCacheEntry>();
    public DbSet<LexiconEntry> Lexicon => Set<LexiconEntry>();
    public DbSet<SpeechResult> SpeechResults => Set<SpeechResult>();
    public DbSet<Jingle> Jingles => Set<Jingle>();
    public DbSet<Episode> Episodes => Set<Episode>();
    public DbSet<Scene> Scenes => Set<Scene>();
    public DbSet<Asset> Assets => Set<Asset>();
    public DbSet<EpisodeRender> EpisodeRenders => Set<EpisodeRender>();
    public DbSet<Style> Styles => Set<Style>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<StudioUser> Users => Set<StudioUser>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudioDbContext).Assembly);
        // Columns are snake_case, so raw SQL (the job store's transitions) and EF read the same names.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
            {
                entity.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken = true;
            }
        }
    }

    /// <summary>The studio saves asynchronously; this keeps versions rising for any synchronous caller too.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        VersionedSaves.RaiseVersions(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        VersionedSaves.RaiseVersions(ChangeTracker);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            if (await VersionedSaves.ExplainAsync(ex, cancellationToken).ConfigureAwait(false) is { } stale)
            {
                throw stale;
            }
            throw;
        }
    }

    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
