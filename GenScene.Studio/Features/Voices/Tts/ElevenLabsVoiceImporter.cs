using System.Text.RegularExpressions;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>
/// Adds the ElevenLabs account's voices (GET /v1/voices) to the catalog, once each: a voice already
/// there keeps whatever was edited on it. Language from labels.language, else fine_tuning.language,
/// else "en" (ElevenLabs' premade voices are English and say nothing).
/// </summary>
public sealed partial class ElevenLabsVoiceImporter(ElevenLabsEngine engine, VoiceCatalog catalog, TimeProvider time)
{
    /// <summary>How many voices were added. A failure is a <see cref="TtsEngineException"/> that says why.</summary>
    public async Task<int> ImportAsync(CancellationToken cancellationToken)
    {
        if (!engine.IsConfigured)
        {
            throw new TtsEngineException(engine.Name, "no API key is set (ElevenLabs:ApiKey).");
        }
        var voices = await engine.Client().VoicesAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return await catalog.AddMissingAsync(voices.Where(v => !string.IsNullOrWhiteSpace(v.VoiceId)).Select(v => ToVoice(v, now)), cancellationToken)
            .ConfigureAwait(false);
    }

    public static Voice ToVoice(ElevenLabsVoice voice, DateTimeOffset now)
    {
        var labels = voice.Labels ?? [];
        return new Voice
        {
            Id = VoiceCatalog.IdFor(ElevenLabsEngine.ProviderName, voice.VoiceId),
            Name = string.IsNullOrWhiteSpace(voice.Name) ? voice.VoiceId : voice.Name.Trim(),
            Provider = ElevenLabsEngine.ProviderName,
            ProviderVoiceId = voice.VoiceId,
            Language = LanguageCode(Label(labels, "language")) ?? LanguageCode(voice.FineTuning?.Language) ?? "en",
            Gender = Label(labels, "gender")?.ToLowerInvariant() is "female" or "male" ? Label(labels, "gender")!.ToLowerInvariant() : "neutral",
            Accent = Label(labels, "accent"),
            Description = voice.Description ?? Label(labels, "description"),
            CreatedAt = now,
        };
    }

    private static string? Label(Dictionary<string, string?> labels, string key) =>
        labels.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Only a code like "en", "es" or "pt-BR" is a language here; "English" would never match a fallback.</summary>
    private static string? LanguageCode(string? value) => value is not null && Code().IsMatch(value) ? value : null;

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex Code();
}
