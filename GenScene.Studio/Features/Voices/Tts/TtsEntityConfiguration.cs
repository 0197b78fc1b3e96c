using GenScene.Studio.Features.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>Their tables as the model sees them; a change to them needs a migration (ADR 0015, Data/Migrations).</summary>
public sealed class TtsEntityConfiguration : IEntityTypeConfiguration<AudioCacheEntry>, IEntityTypeConfiguration<SpeechResult>
{
    public void Configure(EntityTypeBuilder<AudioCacheEntry> builder)
    {
        builder.ToTable("audio_cache");
        builder.HasKey(e => e.Key);
        builder.HasIndex(e => e.LastUsedAt).HasDatabaseName("ix_audio_cache_last_used_at");
    }

    public void Configure(EntityTypeBuilder<SpeechResult> builder)
    {
        builder.ToTable("speech_results");
        builder.HasKey(r => r.JobId);
        builder.HasOne<Job>().WithOne().HasForeignKey<SpeechResult>(r => r.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CreatedAt).HasDatabaseName("ix_speech_results_created_at");
        builder.HasIndex(r => new { r.CreatedById, r.CreatedAt }).HasDatabaseName("ix_speech_results_created_by_id");
    }
}
