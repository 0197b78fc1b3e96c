using GenScene.Studio.Features.Voices;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>Which voice speaks when none is chosen: pico's natural voices for Spanish and English where pico is installed, espeak-ng otherwise.</summary>
public sealed class DefaultVoiceTests
{
    [Fact]
    public async Task With_pico_installed_Emma_is_the_studio_default_and_Carmen_speaks_Spanish_while_espeak_ng_covers_the_rest()
    {
        await using var studio = new StudioFactory();
        var catalog = studio.Services.GetRequiredService<VoiceCatalog>();

        Assert.Equal(SpeechApi.Emma, (await catalog.DefaultAsync(CancellationToken.None))!.Id);
        Assert.Equal(SpeechApi.Emma, (await catalog.DefaultForLanguageAsync("en", CancellationToken.None))!.Id);
        Assert.Equal(SpeechApi.Carmen, (await catalog.DefaultForLanguageAsync("es", CancellationToken.None))!.Id);
        Assert.Equal(SpeechApi.Carmen, (await catalog.DefaultForLanguageAsync("es-419", CancellationToken.None))!.Id);
        Assert.Null(await catalog.DefaultForLanguageAsync("pt-BR", CancellationToken.None));
    }

    [Fact]
    public async Task Without_pico_espeak_ng_Ava_is_the_default_and_Spanish_gets_an_espeak_ng_voice()
    {
        await using var studio = new StudioFactory().With("GenScene:PicoPath", "/opt/nowhere/pico2wave");
        var catalog = studio.Services.GetRequiredService<VoiceCatalog>();

        Assert.Equal(SpeechApi.Ava, (await catalog.DefaultAsync(CancellationToken.None))!.Id);
        Assert.Equal("espeak-ng", (await catalog.DefaultForLanguageAsync("es", CancellationToken.None))!.Provider);
    }
}
