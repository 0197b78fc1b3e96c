using GenScene.Studio.Data.Versioning;

namespace GenScene.Studio.Features.Voices;

/// <summary>A voice in the catalog: which engine speaks it, as what, and its default settings.</summary>
public sealed class Voice : IVersioned
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Provider { get; set; }
    public required string ProviderVoiceId { get; set; }
    public required string Language { get; set; }
    public string Gender { get; set; } = "neutral";
    public string? Accent { get; set; }
    public string? Description { get; set; }
    public VoiceSettings DefaultSettings { get; set; } = VoiceSettings.Default;
    public bool Enabled { get; set; } = true;
    public bool IsDefault { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; } = 1;
    public string? UpdatedBy { get; set; }
}
