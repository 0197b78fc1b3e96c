using Bunit;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Pages;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GenScene.Studio.Tests.Features.Voices.Pages;

/// <summary>The speech page's settings sliders, on the studio's real services and database (jobs not running).</summary>
public sealed class SpeechStudioSettingsTests : IAsyncLifetime
{
    private readonly StudioFactory _studio = new StudioFactory().With("Jobs:RunnerEnabled", "false");
    private Voice _slow = null!;

    public async Task InitializeAsync()
    {
        _slow = new Voice
        {
            Id = "", Name = "Slow Sam", Provider = EspeakEngine.ProviderName, ProviderVoiceId = "en-us+m7", Language = "en-US",
            DefaultSettings = VoiceSettings.Default with { Speed = 0.75, Pitch = -20 },
        };
        Assert.Empty(await _studio.Services.GetRequiredService<VoiceCatalog>().SaveAsync(_slow, new(null), CancellationToken.None));
    }

    [Fact]
    public async Task Picking_a_voice_sets_its_default_settings_and_reset_brings_them_back_after_moving_the_sliders()
    {
        await using var ctx = NewContext();
        var cut = ctx.Render<SpeechStudio>();
        await cut.WaitForElementAsync($"button.voice-card[data-voice-id={_slow.Id}]");
        Assert.Equal("Speed 1.00×", Label(cut, "speed"));

        await cut.Find($"button.voice-card[data-voice-id={_slow.Id}]").ClickAsync(new());
        Assert.Equal("Speed 0.75×", Label(cut, "speed"));
        Assert.Equal("Pitch -20", Label(cut, "pitch"));

        await cut.Find("input[name=speed]").InputAsync(new() { Value = "1.5" });
        await cut.Find("input[name=pitch]").InputAsync(new() { Value = "12" });
        Assert.Equal("Speed 1.50×", Label(cut, "speed"));
        Assert.Equal("Pitch +12", Label(cut, "pitch"));

        await cut.Find("#reset-settings").ClickAsync(new());

        Assert.Equal("Speed 0.75×", Label(cut, "speed"));
        Assert.Equal("Pitch -20", Label(cut, "pitch"));
        Assert.Equal("0.75", cut.Find("input[name=speed]").GetAttribute("value"));
    }

    [Fact]
    public async Task Espeak_voices_offer_speed_and_pitch_only()
    {
        await using var ctx = NewContext();
        var cut = ctx.Render<SpeechStudio>();
        await cut.WaitForElementAsync("input[name=speed]");

        Assert.Single(cut.FindAll("input[name=pitch]"));
        Assert.Empty(cut.FindAll("input[name=stability], input[name=similarityBoost], input[name=style], input[name=speakerBoost]"));
    }

    /// <summary>The words shown above a slider: its name and value.</summary>
    private static string Label(IRenderedComponent<SpeechStudio> cut, string slider) =>
        string.Join(' ', cut.Find($".mud-slider:has(input[name={slider}])").TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization(); // the pages read their words from the feature's resources (ADR 0055)
        ctx.Services.AddFallbackServiceProvider(_studio.Services);
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        return ctx;
    }

    public async Task DisposeAsync() => await _studio.DisposeAsync();
}
