using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices;

namespace GenScene.Studio.Features.Episodes;

/// <summary>A stored episode as the request that would create it: the editor edits this, validation checks it.</summary>
public static class EpisodeRequests
{
    public static EpisodeRequest From(Episode e) => new(
        e.Title,
        [.. e.Scenes.OrderBy(s => s.Position).Select(s => new SceneRequest(
            s.Text, s.VoiceId, s.StyleId, s.AssetId, s.Motion, s.Fit,
            s.VoiceSettings is null ? null : JsonSerializer.Deserialize<VoiceSettingsOverride>(s.VoiceSettings, JobJson.Options),
            s.PaddingBeforeSeconds, s.PaddingAfterSeconds))],
        e.Resolution, e.Fps, e.VoiceId, e.StyleId, e.MusicAssetId, e.Captions, e.Transition, e.TransitionSeconds, e.MusicLevelDb, e.Description, e.Language, CaptionsBurnedIn: e.CaptionsBurnedIn);
}
