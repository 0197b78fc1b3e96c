using Bunit;
using GenScene.Studio.Features.Episodes.Pages;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Episodes.Pages;

public sealed class EpisodesListTests
{
    [Fact]
    public async Task The_list_of_a_new_studio_says_there_are_no_episodes_yet_and_how_to_start_one()
    {
        await using var studio = new StudioFactory();
        await using var ctx = EpisodePagesContext.With(studio);

        var list = ctx.Render<EpisodesList>();

        list.WaitForAssertion(() => Assert.Contains("No episodes yet. Start one with New episode.", list.Find(".episodes-empty").TextContent, StringComparison.Ordinal));
        Assert.Equal("/episodes/new", list.Find("#new-episode").GetAttribute("href"));
    }
}
