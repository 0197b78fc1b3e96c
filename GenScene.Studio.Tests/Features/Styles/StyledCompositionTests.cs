using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Composition;

namespace GenScene.Studio.Tests.Features.Styles;

/// <summary>A scene's style applied by composition, through the same look builder as the previews.</summary>
public sealed class StyledCompositionTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    [Fact]
    public async Task A_one_scene_film_noir_episode_comes_out_monochrome_while_the_same_scene_unstyled_has_colour()
    {
        var plain = CompositionStudio.Scene(1, "Rain again.", studio.Asset("still"), motion: "zoom-in");
        var (plainJob, plainOutputs) = await studio.ComposeAsync(CompositionStudio.Spec(1280, 720, [plain]));
        Assert.True(plainJob.State == JobState.Succeeded, plainJob.ErrorMessage);
        Assert.True(await StyleImages.SaturationAsync(Path.Combine(plainOutputs, "episode.mp4"), 0.5) > 10, "the plain still has colour");

        var (job, outputs) = await studio.ComposeAsync(CompositionStudio.Spec(1280, 720, [plain with { StyleId = "film-noir" }]));

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        var episode = Path.Combine(outputs, "episode.mp4");
        Assert.InRange(await StyleImages.SaturationAsync(episode, 0.5), 0, 1);
        var info = await studio.ProbeAsync(episode);
        Assert.Equal((1280, 720), (info.Video!.Width, info.Video.Height));
    }
}
