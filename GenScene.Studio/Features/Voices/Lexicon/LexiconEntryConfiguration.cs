using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenScene.Studio.Features.Voices.Lexicon;

/// <summary>Its table as the model sees it; a change to it needs a migration (ADR 0015, Data/Migrations).</summary>
public sealed class LexiconEntryConfiguration : IEntityTypeConfiguration<LexiconEntry>
{
    public void Configure(EntityTypeBuilder<LexiconEntry> builder)
    {
        builder.ToTable("lexicon_entries");
        builder.HasKey(e => e.Id);
        // One reading per phrase and language: a second would make which one is said depend on order.
        // The service compares phrases case-insensitively (ordinal, not SQLite's ASCII-only NOCASE) before saving.
        builder.HasIndex(e => new { e.Language, e.Phrase }).IsUnique().HasDatabaseName("ix_lexicon_language_phrase");
        builder.Property(e => e.Phrase).HasMaxLength(LexiconLimits.Phrase);
        builder.Property(e => e.Alias).HasMaxLength(LexiconLimits.Alias);
        builder.Property(e => e.Phonemes).HasMaxLength(LexiconLimits.Phonemes);
        builder.Property(e => e.Language).HasMaxLength(LexiconLimits.Language);
        builder.Property(e => e.Version).HasDefaultValue(1).ValueGeneratedNever();
    }
}
