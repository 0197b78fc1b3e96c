using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenScene.Studio.Features.Assets;

/// <summary>Mirrors Data/Migrations/0004_assets.sql.</summary>
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
