using GenScene.Studio.Features.Voices.Lexicon;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>
/// ElevenLabs, the optional cloud engine: on only when ElevenLabs:ApiKey is set, so a studio without
/// a key never reaches the network. Writes MP3 (44.1 kHz, 128 kb/s), which the finisher joins and
/// normalises like espeak-ng's WAV. Uses every voice setting but pitch; speed is clamped to what
/// ElevenLabs accepts. Any failure is a <see cref="TtsEngineException"/>, so the job falls back.
/// </summary>
/// <remarks>
/// A singleton (the engine list is), so it asks the factory for a fresh typed client per call
/// instead of holding one HttpClient and its handler forever.
/// </remarks>
public sealed class ElevenLabsEngine(IHttpClientFactory clients, ITypedHttpClientFactory<ElevenLabsClient> typed, IOptions<ElevenLabsOptions> options) : ITtsEngine, IPhonemeReader
{
    /// <summary>The models ElevenLabs documents as honouring the phoneme tag; the others would read it out or ignore it.</summary>
    public static readonly IReadOnlyList<string> PhonemeModels = ["eleven_flash_v2", "eleven_turbo_v2", "eleven_monolingual_v1"];

    public const string ProviderName = "elevenlabs";

    public string Name => ProviderName;

    /// <summary>
    /// ElevenLabs' help centre gives the API 10,000 characters per request for Multilingual v2 (more
    /// for Flash/Turbo) and 5,000 per generation on the website's paid plans. We send at most 5,000:
    /// the studio's own request limit (TtsOptions.MaxTextLength), so text is never split for this
    /// engine, and a shorter request is less likely to hit the timeout.
    /// </summary>
    public int MaxCharacters => 5000;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.ApiKey);

    /// <summary>The model speaks; a different model is different audio, so it is in the cache key.</summary>
    public Task<string> VersionAsync(CancellationToken cancellationToken) => Task.FromResult(options.Value.ModelId);

    public async Task<string> SynthesizeAsync(string text, Voice voice, VoiceSettings settings, string directory, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            throw new TtsEngineException(Name, "no API key is set (ElevenLabs:ApiKey).");
        }
        var output = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".mp3");
        try
        {
            await Client().SpeakAsync(voice.ProviderVoiceId, text, settings, output, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            File.Delete(output); // never leave half an MP3 for the finisher to find
            throw;
        }
        return output;
    }

    /// <summary>IPA in the phoneme tag, on a model that honours it; the entry's alias elsewhere.</summary>
    public string? Phonemes(string written, string phonemes, string alphabet) =>
        alphabet == PhonemeAlphabets.Ipa && PhonemeModels.Contains(options.Value.ModelId)
            ? $"<phoneme alphabet=\"ipa\" ph=\"{phonemes}\">{written}</phoneme>"
            : null;

    public ElevenLabsClient Client() => typed.CreateClient(clients.CreateClient(nameof(ElevenLabsClient)));
}
