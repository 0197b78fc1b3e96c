using GenScene.Studio.Features.Security.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GenScene.Studio.Features.Webhooks;

/// <summary>Its table as the model sees it; a change to it needs a migration (ADR 0015, Data/Migrations).</summary>
public sealed class WebhookDeliveryEntityConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Attempts).HasDefaultValue(0);
        builder.HasOne<ApiKey>().WithMany().HasForeignKey(d => d.ApiKeyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.ApiKeyId, d.CreatedAt }).HasDatabaseName("ix_webhook_deliveries_api_key_id_created_at");
    }
}
