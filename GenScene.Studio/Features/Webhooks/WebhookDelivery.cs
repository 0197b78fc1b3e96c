namespace GenScene.Studio.Features.Webhooks;

/// <summary>One POST of a finished job to its key's webhook, with how the tries went.</summary>
public sealed class WebhookDelivery
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    public required string Id { get; set; }
    public required string ApiKeyId { get; set; }
    public required string JobId { get; set; }
    public required string Url { get; set; }
    public string State { get; set; } = Pending;
    public int Attempts { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}
