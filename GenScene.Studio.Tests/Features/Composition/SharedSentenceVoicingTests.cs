using GenScene.Studio.Features.Composition;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Voices;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>Scenes voiced side by side that share sentences share their speech instead of racing to cache it.</summary>
public sealed class SharedSentenceVoicingTests
{
    [Fact]
    public async Task Ten_scenes_that_share_two_sentences_compose_on_the_first_attempt_and_each_sentence_is_spoken_once()
    {
        await using var studio = new StudioFactory().WithServices(CountingEngine.Register);
        studio.CreateClient().Dispose(); // starts the studio (migrations, seeded voices)
        var engine = studio.Services.GetRequiredService<CountingEngine>();
        var scenes = Enumerable.Range(1, 10)
            .Select(n => CompositionStudio.Scene(n, "Welcome to the fruit shop. Thank you for your visit."))
            .ToList();

        var queued = await studio.Services.GetRequiredService<JobQueue>()
            .EnqueueAsync(ComposeEpisodeHandler.JobKind, CompositionStudio.Spec(640, 360, scenes), null, CancellationToken.None);
        var job = await studio.Services.GetRequiredService<JobQueries>()
            .WaitForAsync(queued.Job.Id, j => j.State.IsTerminal(), TimeSpan.FromMinutes(4));

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        Assert.Equal(1, job.Attempts);
        Assert.Equal(["Thank you for your visit.", "Welcome to the fruit shop."], engine.Texts.Order(StringComparer.Ordinal));
    }
}
