using Bunit;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Pages;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GenScene.Studio.Tests.Features.Voices.Pages;

public sealed class VoicePickerTests : IAsyncDisposable
{
    // The cards' Listen queues a real sample job, so the picker needs the studio's VoiceSamples.
    private readonly StudioFactory _studio = new();

    private static readonly IReadOnlyList<Voice> Seeded = VoiceSeeds.Espeak(DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Each_enabled_voice_is_a_card_with_its_language_gender_and_accent_and_the_chosen_one_is_marked()
    {
        await using var ctx = NewContext();

        var cut = ctx.Render<VoicePicker>(p => p.Add(v => v.Voices, Seeded).Add(v => v.Selected, Seeded[2]));

        var cards = cut.FindAll("button.voice-card[role=radio]");
        Assert.Equal(Seeded.Select(v => v.Id), cards.Select(c => c.GetAttribute("data-voice-id")));
        Assert.Contains("en-GB · female", cards[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("British", cards[2].TextContent, StringComparison.Ordinal);
        var chosen = Assert.Single(cut.FindAll("button.voice-card[aria-checked=true]"));
        Assert.Equal(Seeded[2].Id, chosen.GetAttribute("data-voice-id"));
        Assert.Contains("selected", chosen.ClassList);
    }

    [Fact]
    public async Task Clicking_a_card_chooses_that_voice_and_marks_it_instead_of_the_one_before()
    {
        await using var ctx = NewContext();
        Voice? chosen = Seeded[0];
        var cut = ctx.Render<VoicePicker>(p => p.Add(v => v.Voices, Seeded).Add(v => v.Selected, chosen)
            .Add(v => v.SelectedChanged, voice => chosen = voice));

        await cut.Find("button.voice-card[data-voice-id=espeak-ng-es-419-f2]").ClickAsync(new());
        cut.Render(p => p.Add(v => v.Selected, chosen));

        Assert.Equal("Valentina", chosen.Name);
        var marked = Assert.Single(cut.FindAll("button.voice-card[aria-checked=true]"));
        Assert.Equal("espeak-ng-es-419-f2", marked.GetAttribute("data-voice-id"));
        Assert.Equal("false", cut.Find($"button.voice-card[data-voice-id={Seeded[0].Id}]").GetAttribute("aria-checked"));
    }

    [Fact]
    public async Task A_disabled_voice_is_not_offered()
    {
        await using var ctx = NewContext();
        var voices = VoiceSeeds.Espeak(DateTimeOffset.UnixEpoch);
        voices[1].Enabled = false;

        var cut = ctx.Render<VoicePicker>(p => p.Add(v => v.Voices, voices));

        Assert.Equal(voices.Count - 1, cut.FindAll("button.voice-card").Count);
        Assert.Empty(cut.FindAll($"[data-voice-id={voices[1].Id}]"));
        Assert.DoesNotContain("Ethan", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_enabled_voice_it_says_where_to_add_one()
    {
        await using var ctx = NewContext();
        var voices = VoiceSeeds.Espeak(DateTimeOffset.UnixEpoch);
        foreach (var voice in voices)
        {
            voice.Enabled = false;
        }

        var cut = ctx.Render<VoicePicker>(p => p.Add(v => v.Voices, voices));

        Assert.Empty(cut.FindAll("button.voice-card"));
        Assert.Contains("add or enable one on the Voices page", cut.Find(".voice-none").TextContent, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _studio.DisposeAsync();

    private BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization(); // the pages read their words from the feature's resources (ADR 0055)
        ctx.Services.AddSingleton(_studio.Services.GetRequiredService<VoiceSamples>());
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        return ctx;
    }
}
