namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>A finished rendition in data/cache/audio/{relative path}/, found again by its content key.</summary>
public sealed class AudioCacheEntry
{
    public required string Key { get; set; }
    public required string Engine { get; set; }
    public required string RelativePath { get; set; }
    public long Bytes { get; set; }
    public double DurationSeconds { get; set; }
    public double? IntegratedLufs { get; set; }
    public double? TruePeakDb { get; set; }
    public double? LoudnessRange { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastUsedAt { get; set; }
}

/// <summary>What a speech job produced, kept for the page's "recent generations" and the measured loudness.</summary>
public sealed class SpeechResult
{
    public required string JobId { get; set; }
    public required string Text { get; set; }
    public required string VoiceId { get; set; }
    public required string Engine { get; set; }
    public required string Format { get; set; }
    public double DurationSeconds { get; set; }
    public double? IntegratedLufs { get; set; }
    public double? TruePeakDb { get; set; }
    public double? LoudnessRange { get; set; }
    public int CacheHits { get; set; }
    public int CacheMisses { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Who asked for it (Security's ContentOwner id), copied from its job; null for speech older than owners.</summary>
    public string? CreatedById { get; set; }
    public string? CreatedByName { get; set; }
}
