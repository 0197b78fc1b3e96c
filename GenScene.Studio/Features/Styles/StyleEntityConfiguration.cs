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
        builder.Ignore(s => s.PaletteColors);
        builder.Ignore(s => s.KeywordList);
    }
}
