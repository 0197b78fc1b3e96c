using GenScene.Studio.Data;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Features.Episodes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Episodes;

/// <summary>Inside the studio too (two pages, a page and a script) two saves of one version cannot both win.</summary>
public sealed class EpisodeConcurrentSaveTests : IDisposable
{
    private static readonly string[] Writers = ["ana", "ben"];
    private readonly StudioFactory _studio = new();

    private EpisodeService Episodes => _studio.Services.GetRequiredService<EpisodeService>();

    [Fact]
    public async Task Of_two_saves_made_at_once_on_the_same_version_exactly_one_is_written_and_the_other_is_told_the_winners_version()
    {
        var episode = await Episodes.CreateAsync(Request("Dawn."), "ana", CancellationToken.None);
        for (var round = 0; round < 10; round++)
        {
            var loaded = (await Episodes.FindAsync(episode.Id, CancellationToken.None))!.Version;
            var saves = Writers.Select(async by =>
            {
                await Task.Yield();
                try
                {
                    return (by, saved: await Episodes.UpdateAsync(episode.Id, Request($"{by} {round}"), new EditBy(by, loaded), CancellationToken.None), stale: (StaleVersionException?)null);
                }
                catch (StaleVersionException stale)
                {
                    return (by, saved: null, stale);
                }
            }).ToList();
            var results = await Task.WhenAll(saves);

            var winner = Assert.Single(results, r => r.saved is not null);
            var loser = Assert.Single(results, r => r.stale is not null);
            Assert.Equal(loaded + 1, winner.saved!.Version);
            Assert.Equal((loaded + 1, winner.by), (loser.stale!.CurrentVersion, loser.stale.UpdatedBy));
            var stored = (await Episodes.FindAsync(episode.Id, CancellationToken.None))!;
            Assert.Equal(($"{winner.by} {round}", loaded + 1), (stored.Scenes.Single().Text, stored.Version));
        }
    }

    [Fact]
    public async Task Two_writers_that_loaded_the_same_version_cannot_both_save_it_even_past_the_version_check()
    {
        var episode = await Episodes.CreateAsync(Request("Dawn."), "ana", CancellationToken.None);
        var contexts = _studio.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>();
        await using var first = await contexts.CreateDbContextAsync();
        await using var second = await contexts.CreateDbContextAsync();
        var mine = await first.Episodes.SingleAsync(e => e.Id == episode.Id);
        var theirs = await second.Episodes.SingleAsync(e => e.Id == episode.Id);

        mine.Title = "Mine";
        await first.SaveChangesAsync();
        theirs.Title = "Theirs";
        var stale = await Assert.ThrowsAsync<StaleVersionException>(() => second.SaveChangesAsync());

        Assert.Equal(2, stale.CurrentVersion);
        Assert.Equal(("Mine", 2), ((await Episodes.FindAsync(episode.Id, CancellationToken.None))!.Title, (await Episodes.FindAsync(episode.Id, CancellationToken.None))!.Version));
    }

    [Fact]
    public async Task A_save_that_names_no_version_is_written_whatever_the_version_and_each_save_raises_it()
    {
        var episode = await Episodes.CreateAsync(Request("Dawn."), "ana", CancellationToken.None);
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Episodes.UpdateAsync(episode.Id, Request($"Take {i}"), new EditBy("script"), CancellationToken.None)));

        Assert.Equal([2, 3, 4, 5], results.Select(r => r!.Version).Order());
        Assert.Equal(5, (await Episodes.FindAsync(episode.Id, CancellationToken.None))!.Version);
    }

    private static EpisodeRequest Request(string text) => new("Morning", [new SceneRequest(text)]);

    public void Dispose() => _studio.Dispose();
}
