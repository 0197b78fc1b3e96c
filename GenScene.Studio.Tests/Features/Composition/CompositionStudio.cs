using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GenScene.Studio.Features.Assets;
using GenScene.Studio.Features.Composition;
using GenScene.Studio.Features.Composition.Output;
using GenScene.Studio.Features.Episodes;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Storage;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>
/// The studio with assets made by ffmpeg in media/assets/ (a 1920x1080 still, a 2 s clip with a
/// tone, pink-noise music, a corrupt "video"), and helpers to compose and inspect episodes.
/// </summary>
public sealed partial class CompositionStudio : IAsyncLifetime, IDisposable
{
    public static readonly string Voice = VoiceCatalog.IdFor(EspeakEngine.ProviderName, "en-us+f3");
    private readonly StudioFactory _studio = new();
    public ProcessRunner Runner { get; } = new(NullLogger<ProcessRunner>.Instance);
    public IServiceProvider Services => _studio.Services;
    private readonly TempDirectory _files = new();
    private readonly Dictionary<string, string> _assets = [];

    /// <summary>The asset id of a file the fixture uploaded ("still", "clip", "music").</summary>
    public string Asset(string name) => _assets[name];

    public string FileOf(string name) => _files.Combine(name);

    public async Task InitializeAsync()
    {
        _studio.CreateClient().Dispose(); // starts the studio (migrations, seeded voices)
        await FfmpegAsync("-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=1", "-frames:v", "1", FileOf("still.png"));
        await FfmpegAsync("-f", "lavfi", "-i", "testsrc=size=1280x720:rate=30:duration=2", "-f", "lavfi", "-i", "sine=frequency=330:duration=2",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", FileOf("clip.mp4"));
        await FfmpegAsync("-f", "lavfi", "-i", "testsrc=size=640x360:rate=30:duration=1", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", FileOf("doomed.mp4"));
        await FfmpegAsync("-f", "lavfi", "-i", "anoisesrc=color=pink:duration=8:amplitude=0.3", "-ac", "2", "-c:a", "libmp3lame", FileOf("music.mp3"));
        var library = Services.GetRequiredService<AssetLibrary>();
        foreach (var name in new[] { "still.png", "clip.mp4", "doomed.mp4", "music.mp3" })
        {
            await using var content = File.OpenRead(FileOf(name));
            _assets[Path.GetFileNameWithoutExtension(name)] = (await library.AddAsync(name, content, CancellationToken.None)).Asset.Id;
        }
    }

    /// <summary>Uploads a file the test made to the asset library; returns the asset's id.</summary>
    public async Task<string> AddAssetAsync(string path)
    {
        await using var content = File.OpenRead(path);
        return (await Services.GetRequiredService<AssetLibrary>().AddAsync(Path.GetFileName(path), content, CancellationToken.None)).Asset.Id;
    }

    /// <summary>How many times compositions recorded <paramref name="outcome"/> for <paramref name="stage"/> (rendered/hit pieces, joins, soundtracks).</summary>
    public async Task<long> CountAsync(string stage, string outcome)
    {
        var metrics = await Services.GetRequiredService<JobMetrics>().ReadAsync(CancellationToken.None);
        return metrics.Where(m => m.Kind == ComposeEpisodeHandler.JobKind && m.Stage == stage && m.Outcome == outcome).Sum(m => m.Count);
    }

    public static SceneSpec Scene(int number, string text, string? asset = null, string motion = "none", string fit = "cover", double before = 0.2, double after = 0.3) =>
        new(number, text, Voice, VoiceSettings.Default, null, asset, motion, fit, before, after);

    public static CompositionSpec Spec(int width, int height, IReadOnlyList<SceneSpec> scenes, string transition = "cut", double transitionSeconds = 0, string? music = null) =>
        new("ep-test", "Test", "en", width, height, 30, Captions: true, transition, transitionSeconds, music, -8, scenes);

    /// <summary>Runs the job to its end; returns it and the directory its outputs were published to.</summary>
    public async Task<(Job Job, string Outputs)> ComposeAsync(CompositionSpec spec)
    {
        var queued = await Services.GetRequiredService<JobQueue>().EnqueueAsync(ComposeEpisodeHandler.JobKind, spec, null, CancellationToken.None);
        var job = await Services.GetRequiredService<JobQueries>().WaitForAsync(queued.Job.Id, j => j.State.IsTerminal(), TimeSpan.FromMinutes(4));
        return (job, JobWorkspace.FinalDirectory(Services.GetRequiredService<StoragePaths>(), job.Id));
    }

    /// <summary>The file as the studio's own probe (ffprobe through FFMpegCore) reads it.</summary>
    public async Task<MediaInfo> ProbeAsync(string path)
    {
        var (report, problem) = await Services.GetRequiredService<MediaProbe>().ProbeAsync(path, CancellationToken.None);
        return MediaInfo.From(report ?? throw new InvalidOperationException($"ffprobe cannot read {path}: {problem}"));
    }

    public static int PlannedFrames(string outputs) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(outputs, "plan.json"))).RootElement.GetProperty("totalFrames").GetInt32();

    public async Task<double> IntegratedLufsAsync(string path)
    {
        var stderr = (await Runner.RunAsync(new ProcessSpec("ffmpeg", ["-hide_banner", "-nostats", "-i", path, "-map", "0:a", "-af", "ebur128", "-f", "null", "-"]), CancellationToken.None)).StandardErrorTail;
        return double.Parse(Integrated().Match(stderr[stderr.LastIndexOf("Summary:", StringComparison.Ordinal)..]).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>RMS level in dBFS of [from, to) seconds of a file's audio.</summary>
    public async Task<double> RmsDbAsync(string path, double from, double to)
    {
        var stderr = (await Runner.RunAsync(new ProcessSpec("ffmpeg", ["-hide_banner", "-nostats", "-i", path, "-af",
            string.Create(CultureInfo.InvariantCulture, $"atrim=start={from}:end={to},astats=measure_perchannel=none"), "-f", "null", "-"]), CancellationToken.None)).StandardErrorTail;
        return double.Parse(Rms().Match(stderr).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The file's top-level MP4 boxes in order ("ftyp", "moov", "mdat"...).</summary>
    public static List<string> TopLevelBoxes(string path)
    {
        using var file = File.OpenRead(path);
        using var reader = new BinaryReader(file);
        var boxes = new List<string>();
        while (file.Position + 8 <= file.Length)
        {
            var start = file.Position;
            var header = reader.ReadBytes(8);
            long size = (uint)(header[0] << 24 | header[1] << 16 | header[2] << 8 | header[3]);
            boxes.Add(System.Text.Encoding.ASCII.GetString(header, 4, 4));
            if (size == 1)
            {
                var large = reader.ReadBytes(8);
                size = large.Aggregate(0L, (value, b) => value << 8 | b);
            }
            else if (size == 0)
            {
                break;
            }
            file.Position = start + size;
        }
        return boxes;
    }

    /// <summary>The episode's frame at <paramref name="seconds"/> as JPEG, the way the studio made thumbnails from the finished file.</summary>
    public async Task<byte[]> FrameJpegAsync(string episode, double seconds)
    {
        var jpeg = episode + $".{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}s.jpg";
        await FfmpegAsync("-ss", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "-i", episode, "-frames:v", "1", "-q:v", "3", "-f", "image2", "-c:v", "mjpeg", jpeg);
        return await File.ReadAllBytesAsync(jpeg);
    }

    public Task<ProcessResult> FfmpegAsync(params string[] arguments) =>
        Runner.RunAsync(new ProcessSpec("ffmpeg", ["-v", "error", "-y", .. arguments]), CancellationToken.None);

    [GeneratedRegex(@"I:\s+(-?[\d.]+) LUFS")]
    private static partial Regex Integrated();

    [GeneratedRegex(@"RMS level dB:\s+(-?[\d.]+|-inf)")]
    private static partial Regex Rms();

    public async Task DisposeAsync() => await _studio.DisposeAsync();

    /// <summary>Ruins an uploaded asset's stored file in place, as a failing disk would.</summary>
    public async Task CorruptAsync(string name)
    {
        var library = Services.GetRequiredService<AssetLibrary>();
        var path = library.PathOf((await library.FindAsync(Asset(name), CancellationToken.None))!);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, [.. bytes.Take(64), .. Enumerable.Repeat((byte)0x5A, 4096)]);
    }

    public void Dispose()
    {
        _studio.Dispose();
        _files.Dispose();
    }
}
