using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Voices;

/// <summary>
/// "Listen" for a voice, wherever it is offered (the Voices page, the voice cards): a sample sentence in
/// the voice's language, spoken by the same speech job as everything else (so a second listen is a cache hit).
/// </summary>
public sealed class VoiceSamples(SpeechRequestValidator validator, JobQueue queue)
{
    /// <summary>The sample's job, or the reason it cannot be made.</summary>
    public async Task<(string? JobId, string? Error)> StartAsync(Voice voice, CancellationToken cancellationToken)
    {
        var sample = voice.Language.StartsWith("es", StringComparison.OrdinalIgnoreCase)
            ? $"Hola, soy {voice.Name}. Así sueno en GenScene Studio."
            : $"Hello, I am {voice.Name}. This is how I sound in GenScene Studio.";
        var (payload, errors) = await validator.ValidateAsync(new SpeechRequest(sample, voice.Id), cancellationToken).ConfigureAwait(false);
        if (payload is null)
        {
            return (null, Texts<VoicesText>.Format("CannotListen", string.Join(" ", errors.Values.SelectMany(m => m))));
        }
        return ((await queue.EnqueueAsync(TtsJobHandler.JobKind, payload, null, cancellationToken).ConfigureAwait(false)).Job.Id, null);
    }
}
