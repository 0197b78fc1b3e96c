using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>
/// A photograph held still and the same photograph zooming are joined by the studio's own joiner, not by ffmpeg's
/// concat demuxer: a JPEG decodes with centred chroma, which x264 wrote into the held pieces' headers while the zoom's
/// new frames wrote nothing, so the headers differed (ADR 0047).
/// </summary>
public sealed class ZoomJoinTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    [Fact]
    public async Task A_held_jpeg_and_a_zoom_over_it_are_joined_by_copy()
    {
        var photo = studio.FileOf("grainy.jpg");
        await studio.FfmpegAsync("-f", "lavfi", "-i", "gradients=size=640x360:rate=1:n=5:seed=3,noise=alls=20:allf=u", "-frames:v", "1", "-q:v", "2", photo);
        var asset = await studio.AddAssetAsync(photo);
        var copied = await studio.CountAsync("join", "copied");
        var demuxed = await studio.CountAsync("join", "concat-demuxer");

        var (job, _) = await studio.ComposeAsync(CompositionStudio.Spec(640, 360,
        [
            CompositionStudio.Scene(1, "The shop at noon.", asset, before: 0, after: 0.3),
            CompositionStudio.Scene(2, "Closer.", asset, motion: "zoom-in", before: 0, after: 0.3),
        ], transition: GenScene.Studio.Features.Composition.EpisodeFormats.Crossfade, transitionSeconds: 0.2) with { Captions = false });

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        Assert.Equal(demuxed, await studio.CountAsync("join", "concat-demuxer"));
        Assert.Equal(copied + 1, await studio.CountAsync("join", "copied"));
    }
}
