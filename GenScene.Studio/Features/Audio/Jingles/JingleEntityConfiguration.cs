using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenScene.Studio.Features.Audio.Jingles;

/// <summary>Its table as the model sees it; a change to it needs a migration (ADR 0015, Data/Migrations).</summary>
public sealed class JingleEntityConfiguration : IEntityTypeConfiguration<Jingle>
{
    public void Configure(EntityTypeBuilder<Jingle> builder)
    {
        builder.ToTable("jingles");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Role).HasConversion(r => r.ToString().ToLowerInvariant(), s => Enum.Parse<JingleRole>(s, true));
        builder.HasIndex(j => new { j.Role, j.Name }).HasDatabaseName("ix_jingles_role_name");
    }
}
