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
    private const double TransitionSeconds = 0.5;

    /// <summary>What an episode of the bench shows and says: its stills (lavfi sources, made here), its narration and voice, and the edit of scene 5.</summary>
    private sealed record Content(string Name, string Voice, string[] Paragraphs, string Edited, string[] Sources, bool Jpeg, string Description);

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

    private static readonly string[] Parrafos =
    [
        "La tienda de frutas abre a las ocho, cuando el mercado todavía huele a pan recién hecho y a café de la esquina.",
        "Las naranjas llegan cada mañana desde Valencia, y el frutero las coloca en pirámides brillantes junto a los limones.",
        "Una señora mayor elige los tomates uno por uno, los mira a la luz y pregunta siempre de dónde vienen.",
        "Los niños del barrio se detienen frente a las cerezas, y el frutero les regala un puñado cuando nadie mira.",
        "A mediodía el sol entra por la puerta, y las manzanas verdes y rojas parecen pintadas sobre la madera vieja.",
        "En invierno hay granadas, castañas y caquis, y en verano melones tan grandes que hay que llevarlos entre dos.",
        "El frutero conoce a todos sus clientes por su nombre y recuerda qué fruta prefiere cada familia del barrio.",
        "Cuando llueve, la tienda se llena de gente que entra a refugiarse y acaba llevándose una bolsa de mandarinas.",
        "Por la tarde llegan las cajas para el día siguiente, y el frutero las ordena mientras escucha la radio.",
        "Al cerrar, barre el suelo, apaga la luz del escaparate y se despide de cada vecino. Gracias por su visita.",
    ];

    /// <summary>
    /// Busy, grainy 1080p "photographs": gradients, fractals and cellular patterns, softened like a lens and covered
    /// in strong per-pixel noise like a phone's sensor at dusk, saved as JPEG. Made by ffmpeg here (nothing downloaded);
    /// for x264 they behave like real photographs (every block detailed, nothing flat), which test patterns do not.
    /// </summary>
    private static readonly string[] PhotoSources =
    [
        "gradients=size=1920x1080:rate=1:n=7:seed=11,noise=alls=26:allf=u",
        "mandelbrot=size=1920x1080:rate=1:inner=convergence,gblur=sigma=1.5,noise=alls=20:allf=u",
        "cellauto=size=1920x1080:rate=1:rule=30,gblur=sigma=2,format=yuv420p,hue=h=40:s=2,noise=alls=24:allf=u",
        "life=size=1920x1080:rate=1:mold=20:ratio=0.4:life_color=#c08040:death_color=#203040:mold_color=#605030,gblur=sigma=2.5,noise=alls=22:allf=u",
        "gradients=size=1920x1080:rate=1:n=4:seed=5:type=radial,noise=alls=30:allf=u",
        "sierpinski=size=1920x1080:rate=1:type=triangle,gblur=sigma=3,noise=alls=18:allf=u",
        "gradients=size=1920x1080:rate=1:n=8:seed=23:type=circular,noise=alls=28:allf=u",
        "mandelbrot=size=1920x1080:rate=1:start_x=-0.75:start_y=0.1:start_scale=0.5,gblur=sigma=1,noise=alls=24:allf=u",
        "cellauto=size=1920x1080:rate=1:rule=110:random_fill_ratio=0.5,gblur=sigma=3,hue=s=0,noise=alls=30:allf=u",
        "gradients=size=1920x1080:rate=1:n=6:seed=42:type=spiral,noise=alls=22:allf=u",
    ];

    // Properties, not fields: the stills' sources are declared below, and static fields initialise in order.
    private static Content Patterns => new("patterns", "en-us+f3", Paragraphs,
        "A young painter set up her easel on the windy cliff, hoping to capture the restless colours of the sea before dark.",
        Sources, Jpeg: false, "1920x1080 PNG test patterns, espeak-ng en-us+f3 narration");

    private static Content Photos => new("photos", "es+f3", Parrafos,
        "A mediodía el sol entra por la puerta abierta, y las manzanas verdes, rojas y amarillas brillan sobre la madera.",
        PhotoSources, Jpeg: true, "1920x1080 JPEG photographic stills (busy, grainy), espeak-ng es+f3 (Spanish) narration");

    private static readonly string[] Sources =
    [
        "testsrc2=size=1920x1080:rate=1", "mandelbrot=size=1920x1080:rate=1", "smptehdbars=size=1920x1080:rate=1",
        "rgbtestsrc=size=1920x1080:rate=1", "cellauto=size=1920x1080:rate=1:rule=110", "life=size=1920x1080:rate=1:mold=10:ratio=0.2",
        "gradients=size=1920x1080:rate=1:n=5:seed=7", "sierpinski=size=1920x1080:rate=1", "yuvtestsrc=size=1920x1080:rate=1",
        "testsrc=size=1920x1080:rate=1",
    ];

    /// <summary>What a child process composes or runs, and where it writes its figures.</summary>
    internal sealed record Request(string Kind, string Data, string[] Stills, string[] Texts, string[]? Command, string Result, string[]? Motions = null, string Voice = "en-us+f3");

    internal sealed record Result(double WallSeconds, double CpuSeconds, long ChildMaxRssKb, long SelfPeakRssKb, double VideoSeconds, string Output, string? Plan, double SelfCpuSeconds = 0, string Processes = "");

    /// <param name="photos">12-megapixel JPEG stills (4000x3000, as a phone takes them) instead of 1920x1080 PNGs: "compose-photos".</param>
    /// <param name="repeats">
    /// For "compose": rounds of both contents (test patterns with English, busy photographs with Spanish), each round cold, all
    /// cached, a text edit, a picture edit and the baseline of each content, interleaved (patterns studio, patterns baseline,
    /// photos studio, photos baseline) so that load from other work on the machine falls on both alike; medians at the end.
    /// </param>
    public static async Task RunAsync(string workDirectory, bool withForty = true, bool withBaseline = true, bool photos = false, int repeats = 1, bool bothContents = false)
    {
        Console.WriteLine("compose: cpu = this step's process + all its waited-for children (ffmpeg, espeak-ng); peak rss = getrusage(RUSAGE_CHILDREN) ru_maxrss, the largest single child (Linux counts a forked child's size before exec, so it never reads below the bench process; 2 segment encoders run at once, so the machine's total can be about twice it); load = /proc/loadavg's 1-minute figure when the step started");
        Content[] contents = bothContents ? [Patterns, Photos] : [Patterns];
        var rounds = new Dictionary<string, List<Round>>();
        var firstCold = default(Result);
        for (var round = 1; round <= repeats; round++)
        {
            foreach (var content in contents)
            {
                var inputs = Path.Combine(workDirectory, $"inputs-{content.Name}");
                var stills = await StillsAsync(content, inputs, photos);
                var label = repeats > 1 ? $"{content.Name} round {round}" : content.Name;
                Console.WriteLine($"compose: {label}: 10 scenes of {(photos ? "4000x3000 JPEG stills" : content.Description)}, 0.5 s crossfades, captions on (soft track)");
                var r = await RoundAsync(content, stills, inputs, Path.Combine(workDirectory, $"{content.Name}-{round}"), workDirectory, label, withBaseline);
                if (!rounds.TryGetValue(content.Name, out var list))
                {
                    rounds[content.Name] = list = [];
                }
                list.Add(r);
                firstCold ??= r.Cold;
            }
        }
        foreach (var (name, list) in rounds.Where(r => r.Value.Count > 1 || contents.Length > 1))
        {
            string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
            var line = F($"compose: {name}, median of {list.Count}: cold {Median(list, r => r.Cold.WallSeconds):0.0} s wall / {Median(list, r => r.Cold.CpuSeconds):0.0} s cpu; ")
                + F($"text edit {Median(list, r => r.Edited.WallSeconds):0.0} s / {Median(list, r => r.Edited.CpuSeconds):0.0} s = {Median(list, r => 100 * r.Edited.WallSeconds / r.Cold.WallSeconds):0}% of cold wall, {Median(list, r => 100 * r.Edited.CpuSeconds / r.Cold.CpuSeconds):0}% of its cpu (target <= 15%); ")
                + F($"all cached {Median(list, r => r.Cached.WallSeconds):0.0} s")
                + (withBaseline ? F($"; baseline {Median(list, r => r.Baseline!.WallSeconds):0.0} s / {Median(list, r => r.Baseline!.CpuSeconds):0.0} s; studio cold / baseline = {Median(list, r => r.Cold.WallSeconds / r.Baseline!.WallSeconds):0.00} wall, {Median(list, r => r.Cold.CpuSeconds / r.Baseline!.CpuSeconds):0.00} cpu (target <= 0.5)") : "")
                + F($"; load {list.Min(r => r.LoadMin):0.0}-{list.Max(r => r.LoadMax):0.0}");
            Console.WriteLine(line);
        }
        if (!withForty)
        {
            return;
        }

        // Memory flatness: 40 scenes, cold, stills reused cyclically, one short sentence each.
        var patternStills = await StillsAsync(Patterns, Path.Combine(workDirectory, "inputs-patterns"), photos);
        var texts40 = Enumerable.Range(0, 40).Select(i => $"Part {i + 1}. " + string.Join(' ', Paragraphs[i % 10].Split(' ').Take(8 + i % 5)) + ".").ToArray();
        var stills40 = Enumerable.Range(0, 40).Select(i => patternStills[i % patternStills.Length]).ToArray();
        var forty = await ChildAsync(new Request("studio", Path.Combine(workDirectory, "compose-40"), stills40, texts40, null, "", Voice: Patterns.Voice), workDirectory);
        Print("40 scenes cold", forty);
        Console.WriteLine($"compose: 40-scene peak vs 10-scene peak: largest child {Change(forty.ChildMaxRssKb, firstCold!.ChildMaxRssKb)}, bench process {Change(forty.SelfPeakRssKb, firstCold.SelfPeakRssKb)} (target: no more than +20%)");
    }

    private sealed record Round(Result Cold, Result Cached, Result Edited, Result Moved, Result? Baseline, double LoadMin, double LoadMax);

    private static double Median(List<Round> rounds, Func<Round, double> figure)
    {
        var values = rounds.Select(figure).Order().ToArray();
        return values.Length % 2 == 1 ? values[values.Length / 2] : (values[values.Length / 2 - 1] + values[values.Length / 2]) / 2;
    }

    private static double Load() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static readonly string[] JpegQuality = ["-q:v", "2"];

    private static async Task<string[]> StillsAsync(Content content, string inputs, bool photos)
    {
        Directory.CreateDirectory(inputs);
        var stills = new string[content.Sources.Length];
        for (var i = 0; i < content.Sources.Length; i++)
        {
            stills[i] = Path.Combine(inputs, photos ? $"photo-{i + 1:00}.jpg" : content.Jpeg ? $"still-{i + 1:00}.jpg" : $"still-{i + 1:00}.png");
            if (!File.Exists(stills[i]))
            {
                await RunToolAsync("ffmpeg", photos
                    ? ["-v", "error", "-y", "-f", "lavfi", "-i", content.Sources[i].Replace("1920x1080", "4000x3000", StringComparison.Ordinal), "-frames:v", "1", "-q:v", "3", stills[i]]
                    : ["-v", "error", "-y", "-f", "lavfi", "-i", content.Sources[i], "-frames:v", "1", .. content.Jpeg ? JpegQuality : [], stills[i]]);
            }
        }
        return stills;
    }

    /// <summary>One content's steps in one fresh data directory: cold, all cached, scene 5's text edited, then its picture zooming; then the baseline.</summary>
    private static async Task<Round> RoundAsync(Content content, string[] stills, string inputs, string data, string workDirectory, string label, bool withBaseline)
    {
        var loads = new List<double> { Load() };
        var cold = await ChildAsync(new Request("studio", data, stills, content.Paragraphs, null, "", Voice: content.Voice), workDirectory);
        Print($"{label}: 10 scenes cold", cold, loads[^1]);
        loads.Add(Load());
        var cached = await ChildAsync(new Request("studio", data, stills, content.Paragraphs, null, "", Voice: content.Voice), workDirectory);
        Print($"{label}: 10 scenes all cached", cached, loads[^1]);
        var edited = (string[])content.Paragraphs.Clone();
        edited[4] = content.Edited;
        loads.Add(Load());
        var recomposed = await ChildAsync(new Request("studio", data, stills, edited, null, "", Voice: content.Voice), workDirectory);
        Print($"{label}: 10 scenes, scene 5's text edited", recomposed, loads[^1]);
        // Then only scene 5's picture changed (a slow zoom): its pieces render again, the soundtrack is reused.
        var motions = Enumerable.Range(0, edited.Length).Select(i => i == 4 ? "zoom-in" : "none").ToArray();
        loads.Add(Load());
        var moved = await ChildAsync(new Request("studio", data, stills, edited, null, "", motions, content.Voice), workDirectory);
        Print($"{label}: 10 scenes, then scene 5's picture zooming", moved, loads[^1]);
        Console.WriteLine($"compose: {label}: recompose after one edit = {100 * recomposed.WallSeconds / cold.WallSeconds:0}% of cold wall time, {100 * recomposed.CpuSeconds / cold.CpuSeconds:0}% of its cpu (target <= 15%); after a picture-only edit {100 * moved.WallSeconds / cold.WallSeconds:0}%; all cached = {100 * cached.WallSeconds / cold.WallSeconds:0}% of cold");
        Result? baseline = null;
        if (withBaseline)
        {
            // One ffmpeg command, one filter graph, the same stills, the same voice, the studio's planned timeline.
            loads.Add(Load());
            baseline = await BaselineAsync(content, inputs, stills, cold, data);
            Print($"{label}: baseline, one ffmpeg filter graph (-loop 1 stills, chained xfade, adelay+amix, single-pass loudnorm; narration spoken beforehand, untimed; no burned-in text)", baseline, loads[^1]);
            Console.WriteLine($"compose: {label}: studio cold / baseline wall = {cold.WallSeconds / baseline.WallSeconds:0.00} (target <= 0.5); cpu {cold.CpuSeconds / baseline.CpuSeconds:0.00}");
        }
        return new Round(cold, cached, recomposed, moved, baseline, loads.Min(), loads.Max());
    }

    private static string Change(long now, long before) => $"{now / 1024} MB vs {before / 1024} MB ({(double)now / before - 1:+0%;-0%;+0%})";

    private static void Print(string what, Result r, double? load = null)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compose: {what}: {(load is { } l ? $"load {l:0.0}, " : "")}wall {r.WallSeconds:0.0} s, cpu {r.CpuSeconds:0.0} s (of it the bench process {r.SelfCpuSeconds:0.0} s), peak rss {r.ChildMaxRssKb / 1024} MB (largest child; bench process {r.SelfPeakRssKb / 1024} MB), {r.VideoSeconds / r.WallSeconds:0.0}x realtime ({r.VideoSeconds:0.0} s of video)"));
        if (r.Processes.Length > 0)
        {
            Console.WriteLine($"compose: {what}: cpu per kind of process: {r.Processes}");
        }
    }

    private static async Task<Result> BaselineAsync(Content content, string inputs, string[] stills, Result cold, string workDirectory)
    {
        // Each scene's text spoken once by espeak-ng, the same voice the studio used (not measured: input preparation).
        var wavs = new string[content.Paragraphs.Length];
        for (var i = 0; i < content.Paragraphs.Length; i++)
        {
            wavs[i] = Path.Combine(inputs, $"scene-{i + 1:00}.wav");
            await RunToolAsync("espeak-ng", ["-v", content.Voice, "-w", wavs[i], content.Paragraphs[i]]);
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
        Directory.CreateDirectory(workDirectory);
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
        if (ProcessTrace.Enabled && request.Kind == "studio")
        {
            start.Environment["PATH"] = ProcessTrace.Install(Path.Combine(workDirectory, "trace"));
            start.Environment["GENSCENE_BENCH_TRACE_DIR"] = Path.Combine(workDirectory, "trace");
        }
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
        var voice = VoiceCatalog.IdFor(EspeakEngine.ProviderName, request.Voice);
        var scenes = request.Texts.Select((text, i) =>
            new SceneSpec(i + 1, text, voice, VoiceSettings.Default, null, assets[request.Stills[i]], request.Motions?[i] ?? "none", "cover", 0.2, 0.3)).ToList();
        var spec = new CompositionSpec(null, "Benchmark", request.Voice[..2], 1920, 1080, 30, Captions: true, EpisodeFormats.Crossfade, TransitionSeconds, null, -8, scenes);

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

        var traceSince = ProcessTrace.Now();
        var startedAt = DateTimeOffset.UtcNow;
        var before = Usage.Now();
        var clock = Stopwatch.StartNew();
        var (id, _) = await ComposeAndWaitAsync(services, spec);
        var wall = clock.Elapsed.TotalSeconds;
        var after = Usage.Now();
        var traceUntil = ProcessTrace.Now();
        var outputs = JobWorkspace.FinalDirectory(services.GetRequiredService<StoragePaths>(), id);
        var episode = Path.Combine(outputs, "episode.mp4");
        var result = new Result(wall, after.CpuSeconds - before.CpuSeconds, after.ChildMaxRssKb, Usage.SelfPeakRssKb(),
            await DurationAsync(episode), episode, Path.Combine(outputs, "plan.json"), after.SelfCpuSeconds - before.SelfCpuSeconds,
            Environment.GetEnvironmentVariable("GENSCENE_BENCH_TRACE_DIR") is { } trace
                ? ProcessTrace.Summary(trace, traceSince, traceUntil) + "; stages (s from the step's start): " + await StagesAsync(services, id, startedAt)
                : "");
        await host.StopAsync();
        return result;
    }

    /// <summary>When the job entered each stage (its timeline), in seconds from <paramref name="startedAt"/>: with the process timeline, where the wall time went.</summary>
    private static async Task<string> StagesAsync(IServiceProvider services, string id, DateTimeOffset startedAt)
    {
        var job = (await services.GetRequiredService<JobQueries>().FindAsync(id, withEvents: true, CancellationToken.None))!;
        return string.Join(", ", job.Events.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Stage ?? e.State.ToString()} {(e.At - startedAt).TotalSeconds:0.00}")));
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
