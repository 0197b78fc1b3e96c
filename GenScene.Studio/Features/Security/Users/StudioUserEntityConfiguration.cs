using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenScene.Studio.Features.Security.Users;

/// <summary>Its table as the model sees it; a change to it needs a migration (ADR 0015, Data/Migrations).</summary>
public sealed class StudioUserEntityConfiguration : IEntityTypeConfiguration<StudioUser>
{
    public void Configure(EntityTypeBuilder<StudioUser> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.HasIndex(u => u.NormalizedUserName).IsUnique().HasDatabaseName("ix_users_normalized_user_name");
        // Users stored before lockout existed start with no failures; the studio always writes the count itself.
        builder.Property(u => u.AccessFailedCount).HasDefaultValue(0).ValueGeneratedNever();
        // Users stored before they had versions start at 1 (ADR 0017); the studio always writes the version itself.
        builder.Property(u => u.Culture).HasMaxLength(8);
        builder.Property(u => u.Version).HasDefaultValue(1).ValueGeneratedNever();
    }
}
