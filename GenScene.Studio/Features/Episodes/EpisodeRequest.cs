using System.Text.Json.Serialization;
using System.ComponentModel;
using GenScene.Studio.Features.Voices;

namespace GenScene.Studio.Features.Episodes;

/// <summary>The body of POST/PUT /api/episodes and POST /api/compose (API.md), plus optional extras.</summary>
public sealed record EpisodeRequest(
    string? Title,
    IReadOnlyList<SceneRequest>? Scenes,
    string? Resolution = null,
    int? Fps = null,
    string? VoiceId = null,
    string? StyleId = null,
    string? MusicAssetId = null,
    bool? Captions = null,
    string? Transition = null,
    double? TransitionSeconds = null,
    double? MusicLevelDb = null,
    string? Description = null,
    string? Language = null,
    // POST /api/compose: the first GenScene backend's name for the caller's own job reference (never the job's id).
    [property: JsonPropertyName("job_id")] string? ClientJobId = null,
    [property: Description("With captions on: true draws them into the picture (for social video); false or left out puts them in the MP4 as a "
        + "mov_text track beside captions.srt and captions.vtt (the default). Never both. Needs captions on.")]
    bool? CaptionsBurnedIn = null);

public sealed record SceneRequest(
    string? Text,
    string? VoiceId = null,
    string? StyleId = null,
    string? AssetId = null,
    string? Motion = null,
    string? Fit = null,
    VoiceSettingsOverride? VoiceSettings = null,
    double? PaddingBeforeSeconds = null,
    double? PaddingAfterSeconds = null);

public sealed record EpisodeResponse(
    string Id, string Title, string? Description, string Language, string Resolution, int Fps, string? VoiceId, string? StyleId,
    string? MusicAssetId, double MusicLevelDb, bool Captions, string Transition, double TransitionSeconds,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version, string? UpdatedBy, IReadOnlyList<SceneResponse> Scenes, bool CaptionsBurnedIn = false)
{
    public static EpisodeResponse From(Episode e) => new(
        e.Id, e.Title, e.Description, e.Language, e.Resolution, e.Fps, e.VoiceId, e.StyleId, e.MusicAssetId, e.MusicLevelDb,
        e.Captions, e.Transition, e.TransitionSeconds, e.CreatedAt, e.UpdatedAt, e.Version, e.UpdatedBy,
        [.. e.Scenes.OrderBy(s => s.Position).Zip(EpisodeRequests.From(e).Scenes!, (s, r) =>
            new SceneResponse(s.Id, s.Position, s.Text, s.VoiceId, s.StyleId, s.AssetId, s.Motion, s.Fit, s.PaddingBeforeSeconds, s.PaddingAfterSeconds, r.VoiceSettings))],
        e.CaptionsBurnedIn);
}

/// <summary>A stored scene; <c>VoiceSettings</c> holds only what the scene overrides of its voice's settings.</summary>
public sealed record SceneResponse(string Id, int Position, string Text, string? VoiceId, string? StyleId, string? AssetId, string Motion, string Fit,
    double PaddingBeforeSeconds, double PaddingAfterSeconds, VoiceSettingsOverride? VoiceSettings);

/// <summary>An episode in the trash: enough to recognise it, and when the studio will remove it for good.</summary>
public sealed record TrashedEpisodeResponse(string Id, string Title, int SceneCount, DateTimeOffset UpdatedAt, DateTimeOffset DeletedAt, DateTimeOffset PurgeAt)
{
    public static TrashedEpisodeResponse From(Episode e) =>
        new(e.Id, e.Title, e.Scenes.Count, e.UpdatedAt, e.DeletedAt!.Value, e.DeletedAt.Value + EpisodeTrash.KeepFor);
}
