using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Composition;

namespace GenScene.Studio.Features.Episodes.Pages;

/// <summary>One scene in the editor; a null override means "as the episode (or the voice) has it".</summary>
public sealed class SceneDraft
{
    /// <summary>Stable across reorders, so Blazor keeps each card's state with its scene.</summary>
    public Guid Key { get; } = Guid.NewGuid();

    /// <summary>Whether the card's details panel is open: the page's state, not the scene's (not saved, not copied).</summary>
    public bool DetailsOpen { get; set; }
    public string Text { get; set; } = "";
    public string? VoiceId { get; set; }
    public string? StyleId { get; set; }
    public string? AssetId { get; set; }
    public string Motion { get; set; } = EpisodeFormats.MotionNone;
    public string Fit { get; set; } = EpisodeFormats.FitCover;
    public double PaddingBeforeSeconds { get; set; } = EpisodeFormats.DefaultPaddingBeforeSeconds;
    public double PaddingAfterSeconds { get; set; } = EpisodeFormats.DefaultPaddingAfterSeconds;
    public VoiceSettingsOverride? Settings { get; set; }

    /// <summary>The speed override alone; the other settings the scene overrides are kept.</summary>
    public double? Speed
    {
        get => Settings?.Speed;
        set => Settings = Normalized((Settings ?? new VoiceSettingsOverride()) with { Speed = value });
    }

    public int? Pitch
    {
        get => Settings?.Pitch;
        set => Settings = Normalized((Settings ?? new VoiceSettingsOverride()) with { Pitch = value });
    }

    public static SceneDraft From(SceneRequest scene) => new()
    {
        Text = scene.Text ?? "", VoiceId = scene.VoiceId, StyleId = scene.StyleId, AssetId = scene.AssetId,
        Motion = scene.Motion ?? EpisodeFormats.MotionNone, Fit = scene.Fit ?? EpisodeFormats.FitCover, Settings = scene.VoiceSettings,
        PaddingBeforeSeconds = scene.PaddingBeforeSeconds ?? EpisodeFormats.DefaultPaddingBeforeSeconds, PaddingAfterSeconds = scene.PaddingAfterSeconds ?? EpisodeFormats.DefaultPaddingAfterSeconds,
    };

    public SceneRequest ToRequest() => new(Text, VoiceId, StyleId, AssetId, Motion, Fit, Settings, PaddingBeforeSeconds, PaddingAfterSeconds);

    public SceneDraft Copy() => From(ToRequest());

    /// <summary>An override that changes nothing is stored as none, so the scene follows its voice's defaults.</summary>
    private static VoiceSettingsOverride? Normalized(VoiceSettingsOverride settings) => settings == new VoiceSettingsOverride() ? null : settings;
}
