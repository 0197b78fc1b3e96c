using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GenScene.Studio.Features.Jobs;

/// <summary>The jobs tables as the model sees them; a change to them needs a migration (ADR 0015, Data/Migrations).</summary>
public sealed class JobEntityConfiguration : IEntityTypeConfiguration<Job>, IEntityTypeConfiguration<JobFile>,
    IEntityTypeConfiguration<JobEvent>, IEntityTypeConfiguration<JobMetric>
{
    public static readonly ValueConverter<JobState, string> StateConverter = new(s => s.Name(), s => JobStates.Parse(s));

    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable("jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.State).HasConversion(StateConverter);
        // Schema defaults only (raw SQL may leave them out); EF always writes the value it holds.
        builder.Property(j => j.Progress).HasDefaultValue(0).ValueGeneratedNever();
        builder.Property(j => j.Attempts).HasDefaultValue(0).ValueGeneratedNever();
        builder.Property(j => j.CancelRequested).HasDefaultValue(false).ValueGeneratedNever();
        builder.HasIndex(j => new { j.State, j.NextAttemptAt }).HasDatabaseName("ix_jobs_state_next_attempt_at");
        builder.HasIndex(j => j.CreatedAt).HasDatabaseName("ix_jobs_created_at");
        builder.HasIndex(j => j.IdempotencyKey).IsUnique().HasDatabaseName("ix_jobs_idempotency_key");
        builder.HasIndex(j => j.ParentJobId).HasDatabaseName("ix_jobs_parent_job_id");
        builder.Property(j => j.ExternalReference).HasMaxLength(JobReferences.MaxLength);
        builder.HasIndex(j => j.ExternalReference).HasDatabaseName("ix_jobs_external_reference");
        builder.HasIndex(j => j.CreatedById).HasDatabaseName("ix_jobs_created_by_id");
        builder.HasOne<Job>().WithMany().HasForeignKey(j => j.ParentJobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(j => j.Files).WithOne().HasForeignKey(f => f.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(j => j.Events).WithOne().HasForeignKey(e => e.JobId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<JobFile> builder)
    {
        builder.ToTable("job_files");
        builder.HasKey(f => new { f.JobId, f.Name });
    }

    public void Configure(EntityTypeBuilder<JobEvent> builder)
    {
        builder.ToTable("job_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.State).HasConversion(StateConverter);
        builder.HasIndex(e => new { e.JobId, e.Id }).HasDatabaseName("ix_job_events_job_id");
    }

    public void Configure(EntityTypeBuilder<JobMetric> builder)
    {
        builder.ToTable("job_metrics");
        builder.HasKey(m => new { m.Kind, m.Stage, m.Outcome });
    }
}
