using Bunit;
using GenScene.Studio.Features.Episodes;
using GenScene.Studio.Features.Episodes.Pages;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GenScene.Studio.Tests.Features.Episodes.Pages;

/// <summary>The editor's episode form against the real studio services and its SQLite file: a field that is not valid is marked under it and not saved.</summary>
public sealed class EpisodeEditorTests
{
    private static readonly TimeSpan AutosaveWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task An_empty_title_shows_its_message_under_the_title_and_the_autosave_does_not_store_it()
    {
        await using var studio = new StudioFactory();
        var episodes = studio.Services.GetRequiredService<EpisodeService>();
        var episode = await episodes.CreateAsync(new EpisodeRequest("Harbour tour", [new SceneRequest("Boats rest in the harbour at dawn.")]), CancellationToken.None);
        await using var ctx = NewContext(studio);
        var editor = ctx.Render<EpisodeEditor>(p => p.Add(e => e.Id, episode.Id));
        editor.WaitForElement("input[name=episode-title]");

        editor.Find("input[name=episode-title]").Input("");

        editor.WaitForAssertion(() => Assert.Equal("Not saved: fix the marked fields.", editor.Find("#save-status").TextContent.Trim()), AutosaveWait);
        var message = editor.Find(".episode-head").NextElementSibling!;
        Assert.Equal("title", message.GetAttribute("data-field"));
        Assert.Equal("Give the episode a title of 1 to 200 characters.", message.TextContent.Trim());
        Assert.Contains("mud-input-error", editor.Find("input[name=episode-title]").Closest(".mud-input-control")!.ClassName, StringComparison.Ordinal);
        Assert.True(editor.Find("#compose").HasAttribute("disabled"));
        Assert.Equal("Harbour tour", (await episodes.FindAsync(episode.Id, CancellationToken.None))!.Title);
    }

    [Fact]
    public async Task A_transition_length_out_of_range_is_marked_under_its_field_and_kept_out_of_the_store_until_it_is_fixed()
    {
        await using var studio = new StudioFactory();
        var episodes = studio.Services.GetRequiredService<EpisodeService>();
        var episode = await episodes.CreateAsync(new EpisodeRequest("Lighthouse", [new SceneRequest("The keeper climbs the stairs.")],
            Transition: EpisodeFormats.Crossfade, TransitionSeconds: 0.5), CancellationToken.None);
        await using var ctx = NewContext(studio);
        var editor = ctx.Render<EpisodeEditor>(p => p.Add(e => e.Id, episode.Id));
        editor.WaitForElement("input[name=episode-transition-seconds]");

        editor.Find("input[name=episode-transition-seconds]").Change("5");

        editor.WaitForAssertion(() => Assert.Equal("Not saved: fix the marked fields.", editor.Find("#save-status").TextContent.Trim()), AutosaveWait);
        var field = editor.Find("input[name=episode-transition-seconds]").Closest(".mud-input-control")!;
        Assert.Equal("A transition lasts 0.1 to 3 seconds.", field.NextElementSibling?.TextContent.Trim());
        Assert.Equal("transitionSeconds", field.NextElementSibling?.GetAttribute("data-field"));
        Assert.Single(editor.FindAll(".field-error"));
        Assert.Equal(0.5, (await episodes.FindAsync(episode.Id, CancellationToken.None))!.TransitionSeconds);

        editor.Find("input[name=episode-transition-seconds]").Change("1.2");

        editor.WaitForAssertion(() => Assert.StartsWith("All changes saved", editor.Find("#save-status").TextContent.Trim(), StringComparison.Ordinal), AutosaveWait);
        Assert.Empty(editor.FindAll(".field-error"));
        Assert.Equal(1.2, (await episodes.FindAsync(episode.Id, CancellationToken.None))!.TransitionSeconds);
    }

    [Fact]
    public async Task The_list_of_a_new_studio_says_there_are_no_episodes_yet_and_how_to_start_one()
    {
        await using var studio = new StudioFactory();
        await using var ctx = NewContext(studio);

        var list = ctx.Render<EpisodesList>();

        list.WaitForAssertion(() => Assert.Contains("No episodes yet. Start one with New episode.", list.Find(".episodes-empty").TextContent, StringComparison.Ordinal));
        Assert.Equal("/episodes/new", list.Find("#new-episode").GetAttribute("href"));
    }

    /// <summary>MudBlazor's services, and for everything else the studio's own (its SQLite file, catalogs, job queue).</summary>
    private static BunitContext NewContext(StudioFactory studio)
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddFallbackServiceProvider(studio.Services);
        return ctx;
    }
}
