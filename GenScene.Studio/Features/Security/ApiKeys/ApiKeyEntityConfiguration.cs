using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenScene.Studio.Features.Security.ApiKeys;

/// <summary>Its table as the model sees it; a change to it needs a migration (ADR 0015, Data/Migrations).</summary>
public sealed class ApiKeyEntityConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.HasIndex(k => k.KeyHash).IsUnique().HasDatabaseName("ix_api_keys_key_hash");
        builder.Ignore(k => k.ScopeList);
        builder.Ignore(k => k.IsRevoked);
        // Keys stored before they had versions start at 1 (ADR 0017); the studio always writes the version itself.
        builder.Property(k => k.Version).HasDefaultValue(1).ValueGeneratedNever();
    }
}
