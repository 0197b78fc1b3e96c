using Bunit;
using GenScene.Studio.Features.Episodes.Pages;
using GenScene.Studio.Features.Voices;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GenScene.Studio.Tests.Features.Episodes.Pages;

public sealed class SceneCardTests
{
    private static BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        // The card speaks through EpisodesText (ADR 0055); the test thread's culture reads its English texts.
        ctx.Services.AddLocalization();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        return ctx;
    }

    [Fact]
    public async Task It_shows_the_scene_number_its_narration_and_how_long_the_narration_is_out_of_5000()
    {
        await using var ctx = NewContext();
        var scene = new SceneDraft { Text = "Boats rest in the harbour at dawn." };

        var card = ctx.Render<SceneCard>(p => p.Add(c => c.Scene, scene).Add(c => c.Number, 2));

        Assert.Equal("2", card.Find(".scene-card").GetAttribute("data-scene"));
        Assert.Equal("Scene 2", card.Find("h3").TextContent.Trim());
        Assert.Equal("Boats rest in the harbour at dawn.", card.Find("textarea[name=scene-2-text]").GetAttribute("value"));
        Assert.Equal("34 / 5,000", card.Find(".scene-counter").TextContent.Trim());
    }

    [Fact]
    public async Task Typing_the_narration_changes_the_scene_and_its_counter_and_tells_the_editor()
    {
        await using var ctx = NewContext();
        var scene = new SceneDraft();
        var changes = 0;
        var card = ctx.Render<SceneCard>(p => p.Add(c => c.Scene, scene).Add(c => c.Number, 1).Add(c => c.Changed, () => changes++));

        card.Find("textarea[name=scene-1-text]").Input("Gulls circle over the fish market.");

        Assert.Equal("Gulls circle over the fish market.", scene.Text);
        Assert.Equal(1, changes);
        Assert.Equal("34 / 5,000", card.Find(".scene-counter").TextContent.Trim());
    }

    [Fact]
    public async Task Its_buttons_ask_the_editor_to_move_it_up_or_down_duplicate_it_delete_it_or_listen_to_it()
    {
        await using var ctx = NewContext();
        var asked = new List<string>();
        var card = ctx.Render<SceneCard>(p => p
            .Add(c => c.Scene, new SceneDraft { Text = "Nets dry on the quay." })
            .Add(c => c.Number, 2)
            .Add(c => c.MoveBy, by => asked.Add($"move {by}"))
            .Add(c => c.Duplicate, () => asked.Add("duplicate"))
            .Add(c => c.Delete, () => asked.Add("delete"))
            .Add(c => c.Listen, () => asked.Add("listen")));

        card.Find("button[aria-label='Move scene 2 up']").Click();
        card.Find("button[aria-label='Move scene 2 down']").Click();
        card.Find("button[aria-label='Duplicate scene 2']").Click();
        card.Find("button[aria-label='Delete scene 2']").Click();
        card.Find("button.scene-listen").Click();

        Assert.Equal(["move -1", "move 1", "duplicate", "delete", "listen"], asked);
    }

    [Fact]
    public async Task The_first_cannot_move_up_the_last_cannot_move_down_and_the_only_one_cannot_be_deleted()
    {
        await using var ctx = NewContext();
        var card = ctx.Render<SceneCard>(p => p.Add(c => c.Scene, new SceneDraft()).Add(c => c.Number, 1).Add(c => c.IsLast, true));

        Assert.True(card.Find("button[aria-label='Move scene 1 up']").HasAttribute("disabled"));
        Assert.True(card.Find("button[aria-label='Move scene 1 down']").HasAttribute("disabled"));
        Assert.True(card.Find("button[aria-label='Delete scene 1']").HasAttribute("disabled"));
        Assert.False(card.Find("button[aria-label='Duplicate scene 1']").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Listen_waits_for_something_to_say()
    {
        await using var ctx = NewContext();
        var scene = new SceneDraft();
        var card = ctx.Render<SceneCard>(p => p.Add(c => c.Scene, scene).Add(c => c.Number, 1));
        Assert.True(card.Find("button.scene-listen").HasAttribute("disabled"));

        card.Find("textarea[name=scene-1-text]").Input("Waves.");

        Assert.False(card.Find("button.scene-listen").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_fields_message_shows_right_under_that_field_and_marks_it()
    {
        await using var ctx = NewContext();
        var errors = new Dictionary<string, string[]>
        {
            ["voiceSettings.speed"] = ["Speed is 0.5 to 2 times the voice's."],
            ["text"] = ["Write what the narrator says (up to 5,000 characters)."],
        };

        var card = ctx.Render<SceneCard>(p => p.Add(c => c.Scene, new SceneDraft()).Add(c => c.Number, 1).Add(c => c.Errors, errors));

        var speed = card.Find("input[name=scene-1-speed]").Closest(".mud-input-control")!;
        Assert.Contains("mud-input-error", speed.ClassName, StringComparison.Ordinal);
        Assert.Equal("Speed is 0.5 to 2 times the voice's.", speed.NextElementSibling?.TextContent.Trim());
        Assert.Equal("voiceSettings.speed", speed.NextElementSibling?.GetAttribute("data-field"));
        var narration = card.Find("textarea[name=scene-1-text]").Closest(".mud-input-control")!;
        Assert.Contains("mud-input-error", narration.ClassName, StringComparison.Ordinal);
        Assert.Equal(["text"], card.FindAll(".scene-text .field-error").Select(e => e.GetAttribute("data-field")));
        Assert.DoesNotContain("mud-input-error", card.Find("input[name=scene-1-pitch]").Closest(".mud-input-control")!.ClassName, StringComparison.Ordinal);
        Assert.Equal(2, card.FindAll(".field-error").Count);
    }

    [Fact]
    public async Task The_chosen_voice_shows_by_its_name()
    {
        await using var ctx = NewContext();
        Voice[] voices =
        [
            new() { Id = "v1", Name = "Harbour Master", Provider = "espeak-ng", ProviderVoiceId = "en", Language = "en" },
            new() { Id = "v2", Name = "Fishmonger", Provider = "espeak-ng", ProviderVoiceId = "en-gb", Language = "en-gb" },
        ];

        var card = ctx.Render<SceneCard>(p => p.Add(c => c.Scene, new SceneDraft { VoiceId = "v2" }).Add(c => c.Number, 1).Add(c => c.Voices, voices));

        Assert.Equal("Fishmonger", card.Find("input[name=scene-1-voice]").GetAttribute("value"));
    }

    [Fact]
    public async Task Its_details_are_folded_until_opened()
    {
        await using var ctx = NewContext();
        var card = ctx.Render<SceneCard>(p => p.Add(c => c.Scene, new SceneDraft { Text = "Waves." }).Add(c => c.Number, 1));
        Assert.Empty(card.FindAll("input[name=scene-1-speed]"));
        Assert.Equal("false", card.Find(".scene-details-toggle").GetAttribute("aria-expanded"));

        card.Find(".scene-details-toggle").Click();

        foreach (var field in new[] { "speed", "pitch", "padding-before", "padding-after", "fit", "motion", "style" })
        {
            Assert.Single(card.FindAll($"input[name=scene-1-{field}]"));
        }
        Assert.Equal("true", card.Find(".scene-details-toggle").GetAttribute("aria-expanded"));
    }

    [Fact]
    public async Task From_the_keyboard_its_grip_picks_it_up_the_arrows_move_it_space_drops_it_and_escape_puts_it_back()
    {
        await using var ctx = NewContext();
        var asked = new List<string>();
        var card = ctx.Render<SceneCard>(p => p
            .Add(c => c.Scene, new SceneDraft { Text = "Nets dry on the quay." })
            .Add(c => c.Number, 2)
            .Add(c => c.MoveBy, by => asked.Add($"move {by}"))
            .Add(c => c.Grab, up => asked.Add(up ? "pick up" : "drop"))
            .Add(c => c.CancelGrab, () => asked.Add("put back")));

        card.Find("button[aria-label='Reorder scene 2']").Click(new MouseEventArgs { Detail = 1 }); // a mouse click: the mouse drags instead
        card.Find(".scene-grip-keys").KeyDown(new KeyboardEventArgs { Key = "ArrowUp" }); // not picked up: the page scrolls as usual
        card.Find("button[aria-label='Reorder scene 2']").Click(new MouseEventArgs { Detail = 0 }); // Space or Enter on the button
        card.Render(p => p.Add(c => c.Grabbed, true));
        foreach (var key in new[] { "ArrowUp", "ArrowDown", " ", "Escape" })
        {
            card.Find(".scene-grip-keys").KeyDown(new KeyboardEventArgs { Key = key });
        }

        Assert.Equal(["pick up", "move -1", "move 1", "drop", "put back"], asked);
        Assert.Equal("true", card.Find("button[aria-label='Reorder scene 2']").GetAttribute("aria-pressed"));
    }
}
