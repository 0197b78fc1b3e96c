using System.ComponentModel.DataAnnotations;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>Section "Tts".</summary>
public sealed class TtsOptions
{
    public const string Section = "Tts";

    /// <summary>The most characters one request may ask to speak (API.md: 1 to 5,000).</summary>
    public const int MaxTextLength = 5000;

    [Range(1, 1_000_000, ErrorMessage = "Tts:CacheMaxMegabytes must be between {1} and {2}.")]
    public long CacheMaxMegabytes { get; set; } = 1000;

    /// <summary>The pause a blank line between paragraphs makes; 0 joins paragraphs as one.</summary>
    [Range(0.0, 10.0, ErrorMessage = "Tts:ParagraphPauseSeconds must be between {1} and {2}.")]
    public double ParagraphPauseSeconds { get; set; } = 0.6;
}

/// <summary>Section "ElevenLabs": the optional cloud engine, on when an API key is set.</summary>
public sealed class ElevenLabsOptions
{
    public const string Section = "ElevenLabs";

    public string? ApiKey { get; set; }

    [Required(ErrorMessage = "ElevenLabs:BaseUrl must be an absolute URL.")]
    [Url(ErrorMessage = "ElevenLabs:BaseUrl must be an absolute URL.")]
    public string BaseUrl { get; set; } = "https://api.elevenlabs.io";

    [Required(AllowEmptyStrings = false, ErrorMessage = "ElevenLabs:ModelId must name a model.")]
    public string ModelId { get; set; } = "eleven_multilingual_v2";

    [Range(1, 600, ErrorMessage = "ElevenLabs:TimeoutSeconds must be between {1} and {2}.")]
    public int TimeoutSeconds { get; set; } = 60;
}
