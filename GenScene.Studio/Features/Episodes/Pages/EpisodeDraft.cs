using GenScene.Studio.Infrastructure.Localization;
using GenScene.Studio.Features.Composition;

namespace GenScene.Studio.Features.Episodes.Pages;

/// <summary>The editor's working copy of an episode: mutable, turned into a request to validate and save.</summary>
public sealed class EpisodeDraft
{
    public string? Id { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string Language { get; set; } = "en";
    public string Resolution { get; set; } = EpisodeFormats.Landscape;
    public int Fps { get; set; } = 30;
    public string? VoiceId { get; set; }
    public string? StyleId { get; set; }
    public string? MusicAssetId { get; set; }
    public double MusicLevelDb { get; set; } = -12;
    public bool Captions { get; set; } = true;
    public bool CaptionsBurnedIn { get; set; }

    /// <summary>The episode settings' one captions choice over the two stored flags.</summary>
    public string CaptionMode
    {
        get => !Captions ? CaptionModes.Off : CaptionsBurnedIn ? CaptionModes.Burned : CaptionModes.Soft;
        set => (Captions, CaptionsBurnedIn) = (value != CaptionModes.Off, value == CaptionModes.Burned);
    }
    public string Transition { get; set; } = EpisodeFormats.Cut;
    public double TransitionSeconds { get; set; } = 0.5;
    public List<SceneDraft> Scenes { get; } = [];

    public static EpisodeDraft New(Styles.Style? style = null)
    {
        var draft = new EpisodeDraft { Title = Texts<EpisodesText>.Get("Untitled"), Scenes = { new SceneDraft() } };
        draft.UseStyle(style);
        return draft;
    }

    /// <summary>
    /// The episode's default style, and with it the style's default transition: a style decides how the
    /// episode moves from scene to scene as well as how it looks (the creator may change either after).
    /// </summary>
    public void UseStyle(Styles.Style? style)
    {
        StyleId = style?.Id;
        Transition = StyleTransitions.Of(style) ?? Transition;
    }

    /// <summary>The episode's default voice, and with it the voice's language: the narration is in the language the voice speaks.</summary>
    public void UseVoice(string? voiceId, Voices.Voice? voice)
    {
        VoiceId = voiceId;
        Language = voice?.Language ?? Language;
    }

    public static EpisodeDraft From(Episode episode)
    {
        var request = EpisodeRequests.From(episode);
        var draft = new EpisodeDraft
        {
            Id = episode.Id, Title = episode.Title, Description = episode.Description, Language = episode.Language, Resolution = episode.Resolution,
            Fps = episode.Fps, VoiceId = episode.VoiceId, StyleId = episode.StyleId, MusicAssetId = episode.MusicAssetId, MusicLevelDb = episode.MusicLevelDb,
            Captions = episode.Captions, CaptionsBurnedIn = episode.CaptionsBurnedIn, Transition = episode.Transition, TransitionSeconds = episode.TransitionSeconds,
        };
        draft.Scenes.AddRange(request.Scenes!.Select(SceneDraft.From));
        return draft;
    }

    public EpisodeRequest ToRequest() => new(
        Title, [.. Scenes.Select(s => s.ToRequest())], Resolution, Fps, VoiceId, StyleId, MusicAssetId, Captions, Transition, TransitionSeconds,
        MusicLevelDb, string.IsNullOrWhiteSpace(Description) ? null : Description, Language, CaptionsBurnedIn: Captions && CaptionsBurnedIn);

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
