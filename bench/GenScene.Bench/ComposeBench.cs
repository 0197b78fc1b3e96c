using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GenScene.Studio.Features.Assets;
using GenScene.Studio.Features.Composition;
using GenScene.Studio.Features.Episodes;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Infrastructure.Startup;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenScene.Bench;

/// <summary>
/// Episode composition: a 10-scene crossfaded episode of 1080p stills with espeak-ng narration, cold,
/// fully cached and after one edit, against one hand-written ffmpeg filter graph; and a 40-scene
/// episode's peak memory. Every measured step runs in a fresh bench process ("compose-child") so
/// that getrusage(RUSAGE_CHILDREN) and VmHWM describe that step alone.
/// </summary>
internal static class ComposeBench
{
    public const string ChildMode = "compose-child";
    private const string Voice = "en-us+f3";
    private const double TransitionSeconds = 0.5;

    private static readonly string[] Paragraphs =
    [
        "The lighthouse keeper climbed the narrow stairs every evening, carrying a lamp and a notebook full of careful observations about the weather.",
        "Fishing boats returned before sunset, their decks crowded with nets, gulls circling above them and hoping for an easy supper.",
        "In the village square, children chased each other around the old fountain while their parents talked about the coming storm.",
        "The baker opened his shop at dawn, and the smell of fresh bread drifted along the quiet streets toward the harbour.",
        "A young painter set up her easel on the cliff, trying to capture the changing colours of the sea before the light faded.",
        "Every Sunday the town band played in the park, and even the oldest residents tapped their feet to the familiar marches.",
        "The library was small but full of treasures, with maps of distant islands and diaries written by forgotten sailors.",
        "When the storm finally arrived, the wind rattled the shutters and the waves crashed high against the stone wall of the pier.",
        "By morning the sky was clear again, and people walked along the beach collecting driftwood, shells and pieces of green glass.",
        "The keeper wrote the last line in his notebook, closed it gently, and watched the first ships sail out toward the horizon.",
    ];

    private static readonly string[] Sources =
    [
        "testsrc2=size=1920x1080:rate=1", "mandelbrot=size=1920x1080:rate=1", "smptehdbars=size=1920x1080:rate=1",
        "rgbtestsrc=size=1920x1080:rate=1", "cellauto=size=1920x1080:rate=1:rule=110", "life=size=1920x1080:rate=1:mold=10:ratio=0.2",
        "gradients=size=1920x1080:rate=1:n=5:seed=7", "sierpinski=size=1920x1080:rate=1", "yuvtestsrc=size=1920x1080:rate=1",
        "testsrc=size=1920x1080:rate=1",
    ];

    /// <summary>What a child process composes or runs, and where it writes its figures.</summary>
    internal sealed record Request(string Kind, string Data, string[] Stills, string[] Texts, string[]? Command, string Result, string[]? Motions = null);

    internal sealed record Result(double WallSeconds, double CpuSeconds, long ChildMaxRssKb, long SelfPeakRssKb, double VideoSeconds, string Output, string? Plan, double SelfCpuSeconds = 0);

    /// <param name="photos">12-megapixel JPEG stills (4000x3000, as a phone takes them) instead of 1920x1080 PNGs: "compose-photos".</param>
    public static async Task RunAsync(string workDirectory, bool withForty = true, bool withBaseline = true, bool photos = false)
    {
        var inputs = Path.Combine(workDirectory, "compose-inputs");
        Directory.CreateDirectory(inputs);
        var stills = new string[Sources.Length];
        for (var i = 0; i < Sources.Length; i++)
        {
            stills[i] = Path.Combine(inputs, photos ? $"photo-{i + 1:00}.jpg" : $"still-{i + 1:00}.png");
            await RunToolAsync("ffmpeg", photos
                ? ["-v", "error", "-y", "-f", "lavfi", "-i", Sources[i].Replace("1920x1080", "4000x3000", StringComparison.Ordinal), "-frames:v", "1", "-q:v", "3", stills[i]]
                : ["-v", "error", "-y", "-f", "lavfi", "-i", Sources[i], "-frames:v", "1", stills[i]]);
        }
        Console.WriteLine("compose: one run of each figure (no medians: each cold run needs a fresh data directory and takes tens of seconds); 10 scenes of " + (photos ? "4000x3000 JPEG" : "1920x1080 PNG") + " stills, espeak-ng " + Voice + " narration, 0.5 s crossfades, captions on (sidecar SRT/VTT)");
        Console.WriteLine("compose: cpu = this step's process + all its waited-for children (ffmpeg, espeak-ng); peak rss = getrusage(RUSAGE_CHILDREN) ru_maxrss, the largest single child (Linux counts a forked child's size before exec, so it never reads below the bench process; 2 segment encoders run at once, so the machine's total can be about twice it)");

        // 1. Cold: a fresh data directory, so the segment cache and the speech cache are empty.
        var data10 = Path.Combine(workDirectory, "compose-10");
        var cold = await ChildAsync(new Request("studio", data10, stills, Paragraphs, null, ""), workDirectory);
        Print("10 scenes cold", cold);

        // 2. The same spec again: every segment and every sentence from the caches.
        var cached = await ChildAsync(new Request("studio", data10, stills, Paragraphs, null, ""), workDirectory);
        Print("10 scenes all cached", cached);

        // 3. One scene's text edited.
        var edited = (string[])Paragraphs.Clone();
        edited[4] = "A young painter set up her easel on the windy cliff, hoping to capture the restless colours of the sea before dark.";
        var recomposed = await ChildAsync(new Request("studio", data10, stills, edited, null, ""), workDirectory);
        Print("10 scenes, scene 5's text edited", recomposed);
        // 4. Then only scene 5's picture changed (a slow zoom): its pieces render again, the soundtrack is reused.
        var motions = Enumerable.Range(0, edited.Length).Select(i => i == 4 ? "zoom-in" : "none").ToArray();
        var moved = await ChildAsync(new Request("studio", data10, stills, edited, null, "", motions), workDirectory);
        Print("10 scenes, then scene 5's picture zooming", moved);
        Console.WriteLine($"compose: recompose after one edit = {100 * recomposed.WallSeconds / cold.WallSeconds:0}% of cold wall time, {100 * recomposed.CpuSeconds / cold.CpuSeconds:0}% of its cpu (target < 25%); after a picture-only edit {100 * moved.WallSeconds / cold.WallSeconds:0}%; all cached = {100 * cached.WallSeconds / cold.WallSeconds:0}% of cold");
        if (!withBaseline)
        {
            return;
        }

        // 4. Baseline: one ffmpeg command, one filter graph, the same stills, the same voice, the studio's planned timeline.
        var baseline = await BaselineAsync(inputs, stills, cold, workDirectory);
        Console.WriteLine("compose: baseline inputs: each scene's text spoken once by espeak-ng to a WAV beforehand (not timed; the studio's cold time includes its speech), scene lengths and narration offsets from the studio's plan.json, no burned-in subtitles (the studio writes sidecar captions too)");
        Print("baseline, one ffmpeg filter graph (-loop 1 stills, chained xfade, adelay+amix, single-pass loudnorm)", baseline);
        Console.WriteLine($"compose: studio cold / baseline wall = {cold.WallSeconds / baseline.WallSeconds:0.00} (target <= 0.6); cpu {cold.CpuSeconds / baseline.CpuSeconds:0.00}");

        if (!withForty)
        {
            return;
        }

        // 5. Memory flatness: 40 scenes, cold, stills reused cyclically, one short sentence each.
        var texts40 = Enumerable.Range(0, 40).Select(i => $"Part {i + 1}. " + string.Join(' ', Paragraphs[i % 10].Split(' ').Take(8 + i % 5)) + ".").ToArray();
        var stills40 = Enumerable.Range(0, 40).Select(i => stills[i % stills.Length]).ToArray();
        var forty = await ChildAsync(new Request("studio", Path.Combine(workDirectory, "compose-40"), stills40, texts40, null, ""), workDirectory);
        Print("40 scenes cold", forty);
        Console.WriteLine($"compose: 40-scene peak vs 10-scene peak: largest child {Change(forty.ChildMaxRssKb, cold.ChildMaxRssKb)}, bench process {Change(forty.SelfPeakRssKb, cold.SelfPeakRssKb)} (target: no more than +20%)");
    }

    private static string Change(long now, long before) => $"{now / 1024} MB vs {before / 1024} MB ({(double)now / before - 1:+0%;-0%;+0%})";

    private static void Print(string what, Result r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compose: {what}: wall {r.WallSeconds:0.0} s, cpu {r.CpuSeconds:0.0} s (of it the bench process {r.SelfCpuSeconds:0.0} s), peak rss {r.ChildMaxRssKb / 1024} MB (largest child; bench process {r.SelfPeakRssKb / 1024} MB), {r.VideoSeconds / r.WallSeconds:0.0}x realtime ({r.VideoSeconds:0.0} s of video)"));

    private static async Task<Result> BaselineAsync(string inputs, string[] stills, Result cold, string workDirectory)
    {
        // Each scene's text spoken once by espeak-ng, the same voice the studio used (not measured: input preparation).
        var wavs = new string[Paragraphs.Length];
        for (var i = 0; i < Paragraphs.Length; i++)
        {
            wavs[i] = Path.Combine(inputs, $"scene-{i + 1:00}.wav");
            await RunToolAsync("espeak-ng", ["-v", Voice, "-w", wavs[i], Paragraphs[i]]);
        }
        using var plan = JsonDocument.Parse(await File.ReadAllTextAsync(cold.Plan!));
        var fps = plan.RootElement.GetProperty("fps").GetInt32();
        var sampleRate = plan.RootElement.GetProperty("sampleRate").GetInt32();
        var total = plan.RootElement.GetProperty("totalFrames").GetInt32() / (double)fps;
        var scenes = plan.RootElement.GetProperty("scenes").EnumerateArray().ToArray();
        var args = new List<string> { "-hide_banner", "-nostdin", "-v", "error", "-y" };
        var graph = new List<string>();
        for (var i = 0; i < scenes.Length; i++)
        {
            var seconds = scenes[i].GetProperty("frames").GetInt32() / (double)fps;
            args.AddRange(["-loop", "1", "-framerate", fps.ToString(CultureInfo.InvariantCulture), "-t", F(seconds), "-i", stills[i]]);
            graph.Add($"[{i}:v]scale=1920:1080:force_original_aspect_ratio=increase,crop=1920:1080,setsar=1,format=yuv420p[v{i}]");
        }
        foreach (var wav in wavs)
        {
            args.AddRange(["-i", wav]);
        }
        var last = "v0";
        for (var i = 1; i < scenes.Length; i++)
        {
            var offset = scenes[i].GetProperty("startFrame").GetInt32() / (double)fps;
            var label = i == scenes.Length - 1 ? "vout" : $"x{i}";
            graph.Add($"[{last}][v{i}]xfade=transition=fade:duration={F(TransitionSeconds)}:offset={F(offset)}[{label}]");
            last = label;
        }
        var mix = "";
        for (var i = 0; i < scenes.Length; i++)
        {
            var delayMs = (long)Math.Round(scenes[i].GetProperty("sentences")[0].GetProperty("startSample").GetInt64() * 1000.0 / sampleRate);
            graph.Add($"[{scenes.Length + i}:a]aresample={sampleRate},adelay=delays={delayMs}:all=1[a{i}]");
            mix += $"[a{i}]";
        }
        graph.Add($"{mix}amix=inputs={scenes.Length}:normalize=0:duration=longest,apad,loudnorm=I=-16:TP=-1.5:LRA=11,aresample={sampleRate}[aout]");
        var output = Path.Combine(workDirectory, "baseline.mp4");
        args.AddRange(["-filter_complex", string.Join(';', graph), "-map", "[vout]", "-map", "[aout]",
            "-c:v", "libx264", "-profile:v", "high", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-r", fps.ToString(CultureInfo.InvariantCulture),
            "-c:a", "aac", "-b:a", "192k", "-ar", sampleRate.ToString(CultureInfo.InvariantCulture), "-ac", "2",
            "-t", F(total), "-movflags", "+faststart", output]);
        return await ChildAsync(new Request("ffmpeg", workDirectory, [], [], [.. args], ""), workDirectory);
    }

    private static string F(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static async Task<Result> ChildAsync(Request request, string workDirectory)
    {
        var id = Guid.NewGuid().ToString("N");
        var requestPath = Path.Combine(workDirectory, $"request-{id}.json");
        request = request with { Result = Path.Combine(workDirectory, $"result-{id}.json") };
        await File.WriteAllTextAsync(requestPath, JsonSerializer.Serialize(request));
        // Without tiered compilation every method is compiled once, optimised, at its first call (in the
        // warm-up): a long-running studio has long finished recompiling its hot code, but a fresh process
        // with tiering on spent 0.5-0.7 s of its measured CPU doing it in the background (perf, ADR 0013).
        var start = new ProcessStartInfo(Environment.ProcessPath!) { ArgumentList = { ChildMode, requestPath }, Environment = { ["DOTNET_TieredCompilation"] = "0" } };
        using var child = Process.Start(start)!;
        await child.WaitForExitAsync();
        if (child.ExitCode != 0 || !File.Exists(request.Result))
        {
            throw new InvalidOperationException($"the measured step ({request.Kind}) failed with exit code {child.ExitCode}");
        }
        return JsonSerializer.Deserialize<Result>(await File.ReadAllTextAsync(request.Result))!;
    }

    /// <summary>In the child process: the measured step alone, its figures written as JSON.</summary>
    public static async Task ChildAsync(string requestPath)
    {
        var request = JsonSerializer.Deserialize<Request>(await File.ReadAllTextAsync(requestPath))!;
        Result result;
        if (request.Kind == "ffmpeg")
        {
            var before = Usage.Now();
            var clock = Stopwatch.StartNew();
            await RunToolAsync("ffmpeg", request.Command!);
            var wall = clock.Elapsed.TotalSeconds;
            var after = Usage.Now();
            var output = request.Command![^1];
            result = new Result(wall, after.CpuSeconds - before.CpuSeconds, after.ChildMaxRssKb, Usage.SelfPeakRssKb(), await DurationAsync(output), output, null);
        }
        else
        {
            result = await ComposeAsync(request);
        }
        await File.WriteAllTextAsync(request.Result, JsonSerializer.Serialize(result));
    }

    private static async Task<Result> ComposeAsync(Request request)
    {
        using var host = Build(request.Data);
        await host.StartAsync();
        var services = host.Services;
        var library = services.GetRequiredService<AssetLibrary>();
        var assets = new Dictionary<string, string>();
        foreach (var still in request.Stills.Distinct())
        {
            await using var content = File.OpenRead(still);
            assets[still] = (await library.AddAsync(Path.GetFileName(still), content, CancellationToken.None)).Asset.Id;
        }
        var voice = VoiceCatalog.IdFor(EspeakEngine.ProviderName, Voice);
        var scenes = request.Texts.Select((text, i) =>
            new SceneSpec(i + 1, text, voice, VoiceSettings.Default, null, assets[request.Stills[i]], request.Motions?[i] ?? "none", "cover", 0.2, 0.3)).ToList();
        var spec = new CompositionSpec(null, "Benchmark", "en", 1920, 1080, 30, Captions: true, EpisodeFormats.Crossfade, TransitionSeconds, null, -8, scenes);

        // A studio that has been running has its code compiled and its queries prepared; a fresh bench
        // process has not. A small episode of other text and size goes first, unmeasured, composed and
        // then recomposed after an edit (the paths a cold and an edited composition take), so the figures
        // are those of the composition itself (its own segments and speech stay uncached). The process
        // runs without tiered compilation (see ChildAsync), so no method is compiled again while measured.
        var warmUp = new CompositionSpec(null, "Warm-up", "en", 320, 180, 30, Captions: true, EpisodeFormats.Crossfade, TransitionSeconds, null, -8,
        [
            new SceneSpec(1, "A studio that has been running.", voice, VoiceSettings.Default, null, null, "none", "cover", 0.2, 0.3),
            new SceneSpec(2, "Has composed before.", voice, VoiceSettings.Default, null, assets[request.Stills[0]], "none", "cover", 0.2, 0.3),
        ]);
        await ComposeAndWaitAsync(services, warmUp);
        await ComposeAndWaitAsync(services, warmUp with { Scenes = [warmUp.Scenes[0], warmUp.Scenes[1] with { Text = "Has composed before, and again." }] });

        var before = Usage.Now();
        var clock = Stopwatch.StartNew();
        var (id, _) = await ComposeAndWaitAsync(services, spec);
        var wall = clock.Elapsed.TotalSeconds;
        var after = Usage.Now();
        var outputs = JobWorkspace.FinalDirectory(services.GetRequiredService<StoragePaths>(), id);
        var episode = Path.Combine(outputs, "episode.mp4");
        var result = new Result(wall, after.CpuSeconds - before.CpuSeconds, after.ChildMaxRssKb, Usage.SelfPeakRssKb(),
            await DurationAsync(episode), episode, Path.Combine(outputs, "plan.json"), after.SelfCpuSeconds - before.SelfCpuSeconds);
        await host.StopAsync();
        return result;
    }

    /// <summary>Queues the composition and waits for it, woken by the studio's own notifier: a poll would spend the CPU being measured.</summary>
    private static async Task<(string Id, Job Job)> ComposeAndWaitAsync(IServiceProvider services, CompositionSpec spec)
    {
        var finished = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = services.GetRequiredService<JobNotifier>().Subscribe(update =>
        {
            if (update.Kind == ComposeEpisodeHandler.JobKind && update.State.IsTerminal())
            {
                finished.TrySetResult(update.JobId);
            }
        });
        var id = (await services.GetRequiredService<JobQueue>().EnqueueAsync(ComposeEpisodeHandler.JobKind, spec, null, CancellationToken.None)).Job.Id;
        if (await finished.Task.WaitAsync(TimeSpan.FromMinutes(20)) != id)
        {
            throw new InvalidOperationException("another composition finished in the bench's studio");
        }
        var job = (await services.GetRequiredService<JobQueries>().FindAsync(id, withEvents: false, CancellationToken.None))!;
        if (job.State != JobState.Succeeded)
        {
            throw new InvalidOperationException($"composition {job.State}: {job.ErrorClass} {job.ErrorMessage}");
        }
        return (id, job);
    }

    /// <summary>The modules a studio worker runs (the same list as StudioWorker), on the given data directory.</summary>
    private static IHost Build(string dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GenScene:DataDirectory"] = dataDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error", // unencrypted keys: irrelevant here
        });
        builder.AddStudioServices([]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder.Build();
    }

    private static async Task<double> DurationAsync(string path)
    {
        var output = await RunToolAsync("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "default=nw=1:nk=1", path]);
        return double.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunToolAsync(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await stderr}");
        }
        return await stdout;
    }
}
