using GenScene.Studio.Features.Composition;
using GenScene.Studio.Features.Composition.Video;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>Pieces the studio's joiner refuses are still joined, by ffmpeg's concat demuxer, frame for frame.</summary>
public sealed class SegmentJoinFallbackTests(CompositionStudio studio) : IClassFixture<CompositionStudio>, IDisposable
{
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task Pieces_encoded_at_different_qualities_are_joined_by_the_concat_demuxer_and_decode_to_the_same_frames()
    {
        // Another CRF changes the picture parameter set, so the headers differ and the joiner refuses them.
        JoinEntry[] pieces = [await PieceAsync("q23.mp4", 23, 15), await PieceAsync("q30.mp4", 30, 20)];
        var before = await studio.CountAsync("join", "concat-demuxer");

        var joined = await studio.Services.GetRequiredService<SegmentJoiner>().JoinAsync(pieces, 30, _files.Path, CancellationToken.None);

        Assert.Equal(before + 1, await studio.CountAsync("join", "concat-demuxer"));
        Assert.Equal(string.Concat(await FrameHashesAsync(pieces[0].Path), await FrameHashesAsync(pieces[1].Path)), await FrameHashesAsync(joined));
    }

    private async Task<JoinEntry> PieceAsync(string name, int crf, int frames)
    {
        var options = new CompositionOptions { Crf = crf };
        await studio.FfmpegAsync(["-f", "lavfi", "-i", "testsrc2=size=320x180:rate=30", .. VideoEncoder.Arguments(options, new FrameFormat(320, 180, 30)),
            "-frames:v", frames.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "mp4", _files.Combine(name)]);
        return new JoinEntry(_files.Combine(name), frames);
    }

    /// <summary>Each decoded frame's MD5, in order, without its timestamp.</summary>
    private async Task<string> FrameHashesAsync(string path)
    {
        var framemd5 = (await studio.Runner.RunAsync(new ProcessSpec("ffmpeg", ["-v", "error", "-i", path, "-map", "0:v", "-f", "framemd5", "-"]), CancellationToken.None)).StandardOutput;
        return string.Concat(framemd5.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(',')[^1].Trim() + "\n"));
    }

    public void Dispose() => _files.Dispose();
}
