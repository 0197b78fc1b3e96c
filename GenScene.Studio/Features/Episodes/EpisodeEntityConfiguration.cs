using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenScene.Studio.Features.Episodes;

/// <summary>Mirrors Data/Migrations/0005_episodes.sql.</summary>
public sealed class EpisodeEntityConfiguration : IEntityTypeConfiguration<Episode>, IEntityTypeConfiguration<Scene>
{
    public void Configure(EntityTypeBuilder<Episode> builder)
    {
        builder.ToTable("episodes");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.UpdatedAt).HasDatabaseName("ix_episodes_updated_at");
        builder.HasMany(e => e.Scenes).WithOne().HasForeignKey(s => s.EpisodeId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Scene> builder)
    {
        builder.ToTable("scenes");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.EpisodeId, s.Position }).HasDatabaseName("ix_scenes_episode_position");
    }
}
