using System.Text.Json.Serialization;

namespace GenScene.Studio.Features.Voices;

/// <summary>Settings a request changes; what it leaves out comes from the voice's defaults.</summary>
public sealed record VoiceSettingsOverride(double? Stability = null, double? SimilarityBoost = null, double? Style = null,
    bool? SpeakerBoost = null, double? Speed = null, int? Pitch = null)
{
    public VoiceSettings ApplyTo(VoiceSettings defaults) => defaults with
    {
        Stability = Stability ?? defaults.Stability,
        SimilarityBoost = SimilarityBoost ?? defaults.SimilarityBoost,
        Style = Style ?? defaults.Style,
        SpeakerBoost = SpeakerBoost ?? defaults.SpeakerBoost,
        Speed = Speed ?? defaults.Speed,
        Pitch = Pitch ?? defaults.Pitch,
    };
}

/// <summary>POST /api/tts and the Speech page: what to say, in which voice, how to finish it.</summary>
public sealed record SpeechRequest(
    string? Text,
    string? VoiceId = null,
    VoiceSettingsOverride? Settings = null,
    string? Format = null,
    bool? Normalize = null,
    string? IntroJingleId = null,
    string? OutroJingleId = null,
    string? BedJingleId = null,
    // The first GenScene backend's names (README, "Clients of the first GenScene backend").
    [property: JsonPropertyName("job_id")] string? ClientJobId = null,
    string? Voice = null);

/// <summary>The job's payload: a request checked and resolved (voice chosen, settings merged).</summary>
/// <param name="Generation">
/// Speech someone asked to keep (the Speech page, POST /api/tts): it is listed in Recent. Everything else
/// (a voice's Listen, a scene's Listen) is a sample heard once and listed nowhere, so that is the default (ADR 0026).
/// </param>
public sealed record SpeechJobPayload(
    string Text, string VoiceId, VoiceSettings Settings, string Format, bool Normalize,
    string? IntroJingleId = null, string? OutroJingleId = null, string? BedJingleId = null, bool Generation = false,
    Lexicon.LexiconPreview? Lexicon = null);

public static class SpeechFormats
{
    public const string Wav = "wav";
    public const string Mp3 = "mp3";
    public static readonly IReadOnlyList<string> All = [Wav, Mp3];

    public static string ContentType(string format) => format == Mp3 ? "audio/mpeg" : "audio/wav";
}
