using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenScene.Studio.Features.Episodes;

/// <summary>Their tables as the model sees them; a change to them needs a migration (ADR 0015, Data/Migrations).</summary>
public sealed class EpisodeEntityConfiguration : IEntityTypeConfiguration<Episode>, IEntityTypeConfiguration<Scene>, IEntityTypeConfiguration<EpisodeRender>
{
    public void Configure(EntityTypeBuilder<Episode> builder)
    {
        builder.ToTable("episodes");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.UpdatedAt).HasDatabaseName("ix_episodes_updated_at");
        builder.HasIndex(e => e.CreatedById).HasDatabaseName("ix_episodes_created_by_id");
        builder.HasIndex(e => e.DeletedAt).HasDatabaseName("ix_episodes_deleted_at");
        // Episodes stored before versions existed start at 1 (ADR 0017); the studio always writes the version itself.
        builder.Property(e => e.Version).HasDefaultValue(1).ValueGeneratedNever();
        // Episodes stored before the choice existed keep a soft track (false); the studio always writes the choice itself.
        builder.Property(e => e.CaptionsBurnedIn).HasDefaultValue(false).ValueGeneratedNever();
        builder.HasMany(e => e.Scenes).WithOne().HasForeignKey(s => s.EpisodeId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Scene> builder)
    {
        builder.ToTable("scenes");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.EpisodeId, s.Position }).HasDatabaseName("ix_scenes_episode_position");
    }

    public void Configure(EntityTypeBuilder<EpisodeRender> builder)
    {
        builder.ToTable("episode_renders");
        builder.HasKey(r => r.JobId);
        builder.HasOne<Jobs.Job>().WithOne().HasForeignKey<EpisodeRender>(r => r.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Episode>().WithMany().HasForeignKey(r => r.EpisodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.EpisodeId, r.CreatedAt }).HasDatabaseName("ix_episode_renders_episode");
    }
}
