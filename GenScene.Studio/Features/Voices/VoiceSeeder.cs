using GenScene.Studio.Features.Voices.Tts;

namespace GenScene.Studio.Features.Voices;

/// <summary>On start, adds the voices of the engines found on this machine that the catalog lacks.</summary>
public sealed class VoiceSeeder(VoiceCatalog catalog, EspeakEngine espeak, TimeProvider time, ILogger<VoiceSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await espeak.VersionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TtsEngineException ex)
        {
            logger.LogWarning("No espeak-ng voices added: {Reason}", ex.Message);
            return;
        }
        var added = await catalog.AddMissingAsync(VoiceSeeds.Espeak(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (added > 0)
        {
            logger.LogInformation("Added {Count} espeak-ng voices to the catalog", added);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
