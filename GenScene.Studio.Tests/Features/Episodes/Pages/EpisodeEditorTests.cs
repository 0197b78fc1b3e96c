using GenScene.Studio.Features.Composition;
using Bunit;
using GenScene.Studio.Features.Episodes;
using GenScene.Studio.Features.Episodes.Pages;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

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
        var episode = await episodes.CreateAsync(new EpisodeRequest("Harbour tour", [new SceneRequest("Boats rest in the harbour at dawn.")]), null, CancellationToken.None);
        await using var ctx = EpisodePagesContext.With(studio);
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
    public async Task An_episode_in_a_language_no_voice_speaks_keeps_it_and_offers_it_by_name()
    {
        await using var studio = new StudioFactory();
        var episodes = studio.Services.GetRequiredService<EpisodeService>();
        var episode = await episodes.CreateAsync(new EpisodeRequest("Le port", [new SceneRequest("Les bateaux dorment.")], Language: "fr"), by: null, CancellationToken.None);
        await using var ctx = EpisodePagesContext.With(studio);

        var editor = ctx.Render<EpisodeEditor>(p => p.Add(e => e.Id, episode.Id));

        editor.WaitForAssertion(() => Assert.Equal("French · fr", editor.Find("input[name=episode-language]").GetAttribute("value")));
    }

    [Fact]
    public async Task A_new_episode_starts_in_the_language_of_the_studios_default_voice()
    {
        await using var studio = new StudioFactory();
        await using var ctx = EpisodePagesContext.With(studio);

        var editor = ctx.Render<EpisodeEditor>();

        editor.WaitForAssertion(() => Assert.Equal("English (United States) · en-US", editor.Find("input[name=episode-language]").GetAttribute("value")));
    }

    [Fact]
    public async Task A_transition_length_out_of_range_is_marked_under_its_field_and_kept_out_of_the_store_until_it_is_fixed()
    {
        await using var studio = new StudioFactory();
        var episodes = studio.Services.GetRequiredService<EpisodeService>();
        var episode = await episodes.CreateAsync(new EpisodeRequest("Lighthouse", [new SceneRequest("The keeper climbs the stairs.")],
            Transition: EpisodeFormats.Crossfade, TransitionSeconds: 0.5), null, CancellationToken.None);
        await using var ctx = EpisodePagesContext.With(studio);
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
}
