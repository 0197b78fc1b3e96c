using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenScene.Studio.Features.Voices;

/// <summary>Its table as the model sees it; a change to it needs a migration (ADR 0015, Data/Migrations).</summary>
public sealed class VoiceEntityConfiguration : IEntityTypeConfiguration<Voice>
{
    public void Configure(EntityTypeBuilder<Voice> builder)
    {
        builder.ToTable("voices");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.Provider, v.ProviderVoiceId }).IsUnique().HasDatabaseName("ix_voices_provider_voice");
        // Voices stored before versions existed start at 1 (ADR 0017); the studio always writes the version itself.
        builder.Property(v => v.Version).HasDefaultValue(1).ValueGeneratedNever();
        // A complex type (a value), not an owned entity: records are shared between voices, e.g. VoiceSettings.Default.
        builder.ComplexProperty(v => v.DefaultSettings, settings =>
        {
            settings.Property(s => s.Stability).HasColumnName("stability");
            settings.Property(s => s.SimilarityBoost).HasColumnName("similarity_boost");
            settings.Property(s => s.Style).HasColumnName("style");
            settings.Property(s => s.SpeakerBoost).HasColumnName("speaker_boost");
            settings.Property(s => s.Speed).HasColumnName("speed");
            settings.Property(s => s.Pitch).HasColumnName("pitch");
        });
    }
}
