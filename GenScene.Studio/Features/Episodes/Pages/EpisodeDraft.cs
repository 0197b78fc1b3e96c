using GenScene.Studio.Features.Voices;

namespace GenScene.Studio.Features.Episodes.Pages;

/// <summary>The editor's working copy of an episode: mutable, turned into a request to validate and save.</summary>
public sealed class EpisodeDraft
{
    public string? Id { get; set; }
    public string Title { get; set; } = "";
    public string Resolution { get; set; } = EpisodeFormats.Landscape;
    public int Fps { get; set; } = 30;
    public string? VoiceId { get; set; }
    public string? MusicAssetId { get; set; }
    public bool Captions { get; set; } = true;
    public string Transition { get; set; } = EpisodeFormats.Cut;
    public double TransitionSeconds { get; set; } = 0.5;
    public List<SceneDraft> Scenes { get; } = [];

    public static EpisodeDraft New() => new() { Title = "Untitled episode", Scenes = { new SceneDraft() } };

    public static EpisodeDraft From(Episode episode)
    {
        var draft = new EpisodeDraft
        {
            Id = episode.Id, Title = episode.Title, Resolution = episode.Resolution, Fps = episode.Fps, VoiceId = episode.VoiceId,
            MusicAssetId = episode.MusicAssetId, Captions = episode.Captions, Transition = episode.Transition, TransitionSeconds = episode.TransitionSeconds,
        };
        foreach (var scene in EpisodeRequests.From(episode).Scenes!)
        {
            draft.Scenes.Add(new SceneDraft { Text = scene.Text ?? "", VoiceId = scene.VoiceId, AssetId = scene.AssetId, Motion = scene.Motion ?? EpisodeFormats.MotionNone, Fit = scene.Fit ?? EpisodeFormats.FitCover, Settings = scene.VoiceSettings });
        }
        return draft;
    }

    public EpisodeRequest ToRequest() => new(
        Title,
        [.. Scenes.Select(s => new SceneRequest(s.Text, s.VoiceId, null, s.AssetId, s.Motion, s.Fit, s.Settings))],
        Resolution, Fps, VoiceId, null, MusicAssetId, Captions, Transition, TransitionSeconds);

    public void Move(int from, int to)
    {
        if (from == to || from < 0 || to < 0 || from >= Scenes.Count || to >= Scenes.Count)
        {
            return;
        }
        var scene = Scenes[from];
        Scenes.RemoveAt(from);
        Scenes.Insert(to, scene);
    }
}

public sealed class SceneDraft
{
    /// <summary>Stable across reorders, so Blazor keeps each card's state with its scene.</summary>
    public Guid Key { get; } = Guid.NewGuid();
    public string Text { get; set; } = "";
    public string? VoiceId { get; set; }
    public string? AssetId { get; set; }
    public string Motion { get; set; } = EpisodeFormats.MotionNone;
    public string Fit { get; set; } = EpisodeFormats.FitCover;
    public VoiceSettingsOverride? Settings { get; set; }

    public SceneDraft Copy() => new() { Text = Text, VoiceId = VoiceId, AssetId = AssetId, Motion = Motion, Fit = Fit, Settings = Settings };
}
