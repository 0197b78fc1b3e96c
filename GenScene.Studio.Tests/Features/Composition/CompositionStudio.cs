using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
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
    public string Assets => Path.Combine(Services.GetRequiredService<StoragePaths>().Media, "assets");

    public async Task InitializeAsync()
    {
        _studio.CreateClient().Dispose(); // starts the studio (migrations, seeded voices)
        Directory.CreateDirectory(Assets);
        await FfmpegAsync("-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=1", "-frames:v", "1", Path.Combine(Assets, "still.png"));
        await FfmpegAsync("-f", "lavfi", "-i", "testsrc=size=1280x720:rate=30:duration=2", "-f", "lavfi", "-i", "sine=frequency=330:duration=2",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", Path.Combine(Assets, "clip.mp4"));
        await FfmpegAsync("-f", "lavfi", "-i", "anoisesrc=color=pink:duration=8:amplitude=0.3", "-ac", "2", "-c:a", "libmp3lame", Path.Combine(Assets, "music.mp3"));
        // The first kilobytes of a real MP4 and then noise: named like a video, unreadable as one.
        var clip = await File.ReadAllBytesAsync(Path.Combine(Assets, "clip.mp4"));
        await File.WriteAllBytesAsync(Path.Combine(Assets, "broken.mp4"), [.. clip.Take(64), .. Enumerable.Repeat((byte)0x5A, 4096)]);
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

    public async Task<MediaInfo> ProbeAsync(string path)
    {
        var result = await Runner.RunAsync(new ProcessSpec("ffprobe", ["-v", "error", "-print_format", "json", "-show_streams", "-show_format", path]), CancellationToken.None);
        return MediaInfo.Parse(result.StandardOutput);
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

    public Task<ProcessResult> FfmpegAsync(params string[] arguments) =>
        Runner.RunAsync(new ProcessSpec("ffmpeg", ["-v", "error", "-y", .. arguments]), CancellationToken.None);

    [GeneratedRegex(@"I:\s+(-?[\d.]+) LUFS")]
    private static partial Regex Integrated();

    [GeneratedRegex(@"RMS level dB:\s+(-?[\d.]+|-inf)")]
    private static partial Regex Rms();

    public async Task DisposeAsync() => await _studio.DisposeAsync();

    public void Dispose() => _studio.Dispose();
}
