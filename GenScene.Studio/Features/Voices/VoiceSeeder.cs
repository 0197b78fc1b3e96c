using GenScene.Studio.Features.Voices.Tts;

namespace GenScene.Studio.Features.Voices;

/// <summary>
/// On start, adds the voices of the offline engines found on this machine that the catalog lacks. An
/// engine that is missing adds nothing and is named in the log (and in /health and on the Voices page).
/// </summary>
public sealed class VoiceSeeder(VoiceCatalog catalog, EspeakEngine espeak, PicoEngine pico, TimeProvider time, ILogger<VoiceSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // pico first: its Emma becomes a fresh catalog's default; without pico, espeak-ng's Ava does (ADR 0052).
        await SeedAsync(pico, VoiceSeeds.Pico(now), cancellationToken).ConfigureAwait(false);
        await SeedAsync(espeak, VoiceSeeds.Espeak(now), cancellationToken).ConfigureAwait(false);
    }

    private async Task SeedAsync(ITtsEngine engine, IReadOnlyList<Voice> voices, CancellationToken cancellationToken)
    {
        try
        {
            await engine.VersionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TtsEngineException ex)
        {
            logger.LogWarning("No {Engine} voices added: {Reason}", engine.Name, ex.Message);
            return;
        }
        var added = await catalog.AddMissingAsync(voices, cancellationToken).ConfigureAwait(false);
        if (added > 0)
        {
            logger.LogInformation("Added {Count} {Engine} voices to the catalog", added, engine.Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
