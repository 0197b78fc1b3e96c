using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Voices.Lexicon;

/// <summary>
/// "Listen" on the Pronunciation page: a text spoken by the language's default voice through the same speech
/// job as everything else, with the entry being edited (saved or not) or without it, so the two can be compared.
/// </summary>
public sealed class LexiconSamples(VoiceCatalog catalog, SpeechRequestValidator validator, JobQueue queue)
{
    /// <summary>The sample's job, or the reason it cannot be made (in the page's language).</summary>
    public async Task<(string? JobId, string? Error)> StartAsync(LexiconFields entry, string? text, bool withEntry, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(entry.Phrase) || string.IsNullOrWhiteSpace(entry.Language))
        {
            return (null, Texts<VoicesText>.Get("LexiconListenNeedsPhrase"));
        }
        var language = LexiconFields.NormalLanguage(entry.Language);
        if (await catalog.DefaultForLanguageAsync(language, cancellationToken).ConfigureAwait(false) is not { } voice)
        {
            return (null, Texts<VoicesText>.Format("LexiconListenNoVoice", language));
        }
        var spoken = string.IsNullOrWhiteSpace(text) ? entry.Phrase.Trim() : text.Trim();
        var (payload, errors) = await validator.ValidateAsync(new SpeechRequest(spoken, voice.Id), cancellationToken).ConfigureAwait(false);
        if (payload is null)
        {
            return (null, string.Join(" ", errors.Values.SelectMany(m => m)));
        }
        var preview = new LexiconPreview(entry.Phrase.Trim(), language, withEntry ? entry.Alias?.Trim() : null,
            string.IsNullOrWhiteSpace(entry.Phonemes) ? null : entry.Phonemes.Trim(), entry.PhonemeAlphabet);
        var job = await queue.EnqueueAsync(TtsJobHandler.JobKind, payload with { Lexicon = preview }, null, cancellationToken).ConfigureAwait(false);
        return (job.Job.Id, null);
    }
}
