using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Features.Composition;
namespace GenScene.Studio.Features.Episodes;

/// <summary>An episode: ordered scenes plus how the whole is rendered.</summary>
public sealed class Episode : IVersioned
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string Language { get; set; } = "en";
    public string Resolution { get; set; } = EpisodeFormats.Landscape;
    public int Fps { get; set; } = 30;
    public string? VoiceId { get; set; }
    public string? StyleId { get; set; }
    public string? MusicAssetId { get; set; }

    /// <summary>Music level under the narration before ducking, in dB relative to the narration.</summary>
    public double MusicLevelDb { get; set; } = -12;
    public bool Captions { get; set; } = true;

    /// <summary>
    /// With captions on: drawn into the picture (for social video, where players show no caption track)
    /// instead of the default soft track (mov_text in the MP4 beside captions.srt/.vtt), never both.
    /// </summary>
    public bool CaptionsBurnedIn { get; set; }
    public string Transition { get; set; } = EpisodeFormats.Cut;
    public double TransitionSeconds { get; set; } = 0.5;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Who made it ("user:ID" or "api-key:ID", Security's ContentOwner); null for episodes older than owners.</summary>
    public string? CreatedById { get; set; }
    /// <summary>That user's or key's name when it was made, for lists.</summary>
    public string? CreatedByName { get; set; }

    /// <summary>When it was put in the trash; a trashed episode is out of lists and reads until restored or purged (<see cref="EpisodeTrash"/>).</summary>
    public DateTimeOffset? DeletedAt { get; set; }
    public int Version { get; set; } = 1;
    public string? UpdatedBy { get; set; }
    public List<Scene> Scenes { get; } = [];
}

/// <summary>One scene: what is said, how, and over which picture.</summary>
public sealed class Scene
{
    public required string Id { get; set; }
    public required string EpisodeId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public string? VoiceId { get; set; }

    /// <summary>JSON of <see cref="Voices.VoiceSettingsOverride"/>: what this scene changes of its voice's settings.</summary>
    public string? VoiceSettings { get; set; }
    public string? StyleId { get; set; }

    /// <summary>An uploaded image or video; none means a title card with the scene's text.</summary>
    public string? AssetId { get; set; }
    public string Motion { get; set; } = EpisodeFormats.MotionNone;
    public string Fit { get; set; } = EpisodeFormats.FitCover;
    public double PaddingBeforeSeconds { get; set; } = EpisodeFormats.DefaultPaddingBeforeSeconds;
    public double PaddingAfterSeconds { get; set; } = EpisodeFormats.DefaultPaddingAfterSeconds;
}
