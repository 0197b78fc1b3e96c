using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenScene.Studio.Features.Styles;

/// <summary>Its table as the model sees it; a change to it needs a migration (ADR 0015, Data/Migrations).</summary>
public sealed class StyleEntityConfiguration : IEntityTypeConfiguration<Style>
{
    public void Configure(EntityTypeBuilder<Style> builder)
    {
        builder.ToTable("styles");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.Category).HasDatabaseName("ix_styles_category");
        // The migration copies each stored style's version into it (ADR 0017); the studio always writes it itself.
        builder.Property(s => s.LookVersion).HasDefaultValue(1).ValueGeneratedNever();
        builder.Ignore(s => s.PaletteColors);
        builder.Ignore(s => s.KeywordList);
    }
}
