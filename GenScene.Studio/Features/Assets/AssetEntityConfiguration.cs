using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenScene.Studio.Features.Assets;

/// <summary>Its table as the model sees it; a change to it needs a migration (ADR 0015, Data/Migrations).</summary>
public sealed class AssetEntityConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> builder)
    {
        builder.ToTable("assets");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Kind).HasConversion(k => k.ToString().ToLowerInvariant(), s => Enum.Parse<AssetKind>(s, true));
        builder.HasIndex(a => a.Sha256).IsUnique().HasDatabaseName("ux_assets_sha256");
        builder.HasIndex(a => a.CreatedAt).HasDatabaseName("ix_assets_created_at");
    }
}
