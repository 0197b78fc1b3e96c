using GenScene.Studio.Features.Composition;
using GenScene.Studio.Features.Composition.Video;
using GenScene.Studio.Features.Composition.Video.Mp4;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>
/// Segments joined by the studio's own MP4 joiner: real pieces encoded by ffmpeg with the studio's
/// settings, compared with what ffmpeg's concat demuxer makes of the same pieces.
/// </summary>
public sealed class SegmentJoinTests : IDisposable
{
    private static readonly FrameFormat Format = new(320, 180, 30);
    private readonly TempDirectory _files = new();
    private readonly ProcessRunner _runner = new(NullLogger<ProcessRunner>.Instance);

    [Fact]
    public async Task Joined_pieces_decode_to_the_same_frames_at_the_same_times_as_ffmpegs_concat_of_them()
    {
        // A one-frame piece, a transition-sized one and one longer than the 150-frame keyframe interval.
        JoinEntry[] pieces =
        [
            await PieceAsync("a.mp4", "testsrc2", 15), await PieceAsync("b.mp4", "mandelbrot", 1), await PieceAsync("c.mp4", "life", 160),
            await PieceAsync("d.mp4", "testsrc", 7),
        ];
        var segments = pieces.Select(p => Mp4Segment.Read(p.Path)).ToList();
        Assert.Null(Mp4Joiner.Check(segments));

        await Mp4Joiner.JoinAsync(segments, _files.Combine("joined.mp4"), CancellationToken.None);
        await File.WriteAllTextAsync(_files.Combine("list.txt"), SegmentJoiner.List(pieces, Format.Fps));
        await FfmpegAsync("-f", "concat", "-safe", "0", "-i", _files.Combine("list.txt"), "-c", "copy", _files.Combine("concat.mp4"));

        // The same frames shown at the same times; decoding times may differ (ffmpeg nudges them by a tick around the one-frame piece, the joiner keeps one frame apart).
        var joined = await ProbeAsync("joined.mp4", "packet=pts,duration,flags");
        Assert.Equal(183, joined.Split('\n').Length);
        Assert.Equal(await ProbeAsync("concat.mp4", "packet=pts,duration,flags"), joined);
        var decodingTimes = (await ProbeAsync("joined.mp4", "packet=dts")).Split('\n').Select(long.Parse).ToList();
        Assert.All(decodingTimes.Zip(decodingTimes.Skip(1)), pair => Assert.Equal(1000, pair.Second - pair.First));
        Assert.Equal(await FramesAsync("concat.mp4"), await FramesAsync("joined.mp4"));
        // Every piece's packets, byte for byte in length (the concat demuxer also repeats the parameter sets in each piece's first frame).
        var sizes = new List<string>();
        foreach (var piece in pieces)
        {
            sizes.Add(await ProbeAsync(Path.GetFileName(piece.Path), "packet=size"));
        }
        Assert.Equal(string.Join('\n', sizes), await ProbeAsync("joined.mp4", "packet=size"));
        var stream = await ProbeAsync("joined.mp4", "stream=codec_name,profile,nb_frames,duration,start_time");
        Assert.Equal("h264,High,0.000000,6.100000,183", stream);
    }

    [Fact]
    public async Task A_piece_encoded_unalike_is_named_and_not_joined_here()
    {
        JoinEntry[] pieces = [await PieceAsync("a.mp4", "testsrc2", 15), await PieceAsync("wide.mp4", "testsrc", 15, width: 640)];

        var reason = Mp4Joiner.Check([.. pieces.Select(p => Mp4Segment.Read(p.Path))]);

        Assert.Equal("wide.mp4 is encoded differently (its sample description differs from the first piece's)", reason);
    }

    [Fact]
    public async Task A_file_that_is_not_an_mp4_is_refused_with_its_name()
    {
        await File.WriteAllTextAsync(_files.Combine("text.mp4"), "not a movie at all");

        var error = Assert.Throws<InvalidDataException>(() => Mp4Segment.Read(_files.Combine("text.mp4")));

        Assert.Contains("does not fit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_concat_list_gives_each_entry_its_exact_duration_and_quotes_paths()
    {
        var list = SegmentJoiner.List([new JoinEntry("/c/it's.mp4", 45), new JoinEntry("/c/b.mp4", 1)], 30);

        Assert.Equal("file 'file:/c/it'\\''s.mp4'\nduration 1.5\nfile 'file:/c/b.mp4'\nduration 0.033333333\n", list);
    }

    private async Task<JoinEntry> PieceAsync(string name, string source, int frames, int width = 320)
    {
        var format = Format with { Width = width, Height = width * 9 / 16 };
        await FfmpegAsync(["-f", "lavfi", "-i", $"{source}=size={format.Width}x{format.Height}:rate=30", .. VideoEncoder.Arguments(new CompositionOptions(), format),
            "-frames:v", frames.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "mp4", _files.Combine(name)]);
        return new JoinEntry(_files.Combine(name), frames);
    }

    private async Task<string> ProbeAsync(string name, string entries) =>
        (await _runner.RunAsync(new ProcessSpec("ffprobe", ["-v", "error", "-select_streams", "v", "-show_entries", entries, "-of", "csv=p=0", _files.Combine(name)]), CancellationToken.None)).StandardOutput.Trim();

    private async Task<string> FramesAsync(string name) =>
        (await _runner.RunAsync(new ProcessSpec("ffmpeg", ["-v", "error", "-i", _files.Combine(name), "-map", "0:v", "-f", "framemd5", "-"]), CancellationToken.None)).StandardOutput;

    private Task<ProcessResult> FfmpegAsync(params string[] arguments) =>
        _runner.RunAsync(new ProcessSpec("ffmpeg", ["-v", "error", "-y", .. arguments]), CancellationToken.None);

    public void Dispose() => _files.Dispose();
}
