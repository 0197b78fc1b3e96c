using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Audio.Loudness;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Startup;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media.Loudness;
using GenScene.Studio.Infrastructure.Media.Probing;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Bench;

/// <summary>
/// Speech: espeak-ng's realtime factor, cache-hit latency from POST /api/tts to the served file on
/// the real studio process, and two-pass loudness normalisation of 60 s of speech.
/// </summary>
internal static class TtsBench
{
    private static readonly string[] Sentences =
    [
        "The morning train left the station exactly on time.",
        "Passengers read newspapers while the city slowly woke up outside.",
        "A small dog barked at the pigeons on the platform.",
        "Coffee steamed in paper cups held by tired hands.",
        "Somewhere a radio played an old song about the sea.",
        "The conductor smiled and checked every ticket twice.",
        "Rain began to fall as the train crossed the river.",
    ];

    public static async Task RunAsync(string repositoryRoot, string workDirectory)
    {
        Directory.CreateDirectory(workDirectory);
        var runner = new ProcessRunner(NullLogger<ProcessRunner>.Instance);
        var studioOptions = Options.Create(new StudioOptions());
        var tools = new StudioTools(studioOptions);
        var probe = new AudioProbe(new MediaProbe(tools, NullLogger<MediaProbe>.Instance));
        var espeak = new EspeakEngine(runner, tools, new ToolProbe(runner, studioOptions));
        var voice = new Voice { Id = "bench", Name = "Ava", Provider = EspeakEngine.ProviderName, ProviderVoiceId = "en-us+f3", Language = "en-US" };
        var text = Text(1000);

        var factors = new List<double>();
        string? speech = null;
        for (var i = 0; i < 6; i++)
        {
            var started = Stopwatch.GetTimestamp();
            speech = await espeak.SynthesizeAsync(text, voice, VoiceSettings.Default, workDirectory, CancellationToken.None);
            var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (i > 0) // the first warms the page cache
            {
                factors.Add((await probe.RequireAudioAsync(speech, CancellationToken.None)).DurationSeconds / wall);
            }
        }
        Console.WriteLine($"tts: espeak-ng synthesis of {text.Length:N0} characters: realtime factor median {Percentiles.Of(factors, 50):0}x (audio s per wall s, n={factors.Count})");
        await SpanishSideBySideAsync(runner, tools, studioOptions, probe, espeak, workDirectory);
        LexiconBench.Run();

        // 60 s of speech: the espeak-ng output looped and cut.
        var minute = Path.Combine(workDirectory, "minute.wav");
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
            ["-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-stream_loop", "-1", "-i", speech!, "-t", "60", "-c:a", "pcm_s16le", minute]), CancellationToken.None);
        var meter = new LoudnessMeter(runner, tools);
        var normalizer = new LoudnessNormalizer(runner, tools, probe, meter, Options.Create(new AudioOptions()));
        var times = new List<double>();
        NormalizedAudio? normalized = null;
        for (var i = 0; i < 3; i++)
        {
            var started = Stopwatch.GetTimestamp();
            normalized = await normalizer.NormalizeAsync(minute, Path.Combine(workDirectory, $"minute-{i}.wav"), AudioOutputFormat.Wav);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        Console.WriteLine($"tts: two-pass loudness normalisation of 60 s of speech: median {Percentiles.Of(times, 50):0} ms (n=3; result {normalized!.Result})");

        await CacheHitAsync(repositoryRoot, Path.Combine(workDirectory, "studio"), requests: 50);
    }

    private static readonly string[] SpanishSentences =
    [
        "Bienvenidos a la frutería del mercado central.",
        "Hoy tenemos naranjas de Valencia y fresas de Huelva a muy buen precio.",
        "Los aguacates maduros están en la entrada, junto a las cajas de tomates.",
        "Recuerde que abrimos de lunes a sábado de nueve a nueve.",
        "Pregunte por nuestras ofertas de temporada en la caja.",
        "Gracias por su visita y que tenga un buen día.",
    ];

    /// <summary>
    /// pico's realtime factor on 1,000 characters of Spanish, interleaved with espeak-ng on the same text
    /// (the baseline: the engine pico replaces as the default), five rounds after one warm-up each.
    /// </summary>
    private static async Task SpanishSideBySideAsync(ProcessRunner runner, StudioTools tools, IOptions<StudioOptions> studioOptions, AudioProbe probe, EspeakEngine espeak, string workDirectory)
    {
        var pico = new PicoEngine(runner, tools, new ToolProbe(runner, studioOptions), new GenScene.Studio.Infrastructure.Media.Conversion.SpeechReshaper(runner, tools));
        if (!pico.IsConfigured)
        {
            Console.WriteLine("tts: pico2wave is not installed; scripts/setup.sh installs it. Spanish side by side skipped.");
            return;
        }
        var text = string.Join(' ', Enumerable.Range(0, 40).Select(i => SpanishSentences[i % SpanishSentences.Length]))[..1000];
        var engines = new (ITtsEngine Engine, Voice Voice, List<double> Factors)[]
        {
            (pico, new Voice { Id = "bench-pico", Name = "Carmen", Provider = PicoEngine.ProviderName, ProviderVoiceId = "es-ES", Language = "es" }, []),
            (espeak, new Voice { Id = "bench-espeak", Name = "Lucía", Provider = EspeakEngine.ProviderName, ProviderVoiceId = "es+f3", Language = "es" }, []),
        };
        for (var round = 0; round < 6; round++)
        {
            foreach (var (engine, voice, factors) in engines)
            {
                var started = Stopwatch.GetTimestamp();
                var wav = await engine.SynthesizeAsync(text, voice, VoiceSettings.Default, workDirectory, CancellationToken.None);
                var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
                if (round > 0)
                {
                    factors.Add((await probe.RequireAudioAsync(wav, CancellationToken.None)).DurationSeconds / wall);
                }
            }
        }
        var picoFactor = Percentiles.Of(engines[0].Factors, 50);
        var espeakFactor = Percentiles.Of(engines[1].Factors, 50);
        Console.WriteLine($"tts: pico synthesis of {text.Length:N0} Spanish characters: realtime factor median {picoFactor:0}x; espeak-ng on the same text {espeakFactor:0}x (pico/espeak-ng {picoFactor / espeakFactor:0.00}, n={engines[0].Factors.Count} interleaved)");
    }

    /// <summary>POST /api/tts of a cached text, its event stream to the end, then GET tts.wav: the whole round trip.</summary>
    private static async Task CacheHitAsync(string repositoryRoot, string data, int requests)
    {
        await using var studio = await BenchStudio.StartAsync(repositoryRoot, data);
        {
            using var http = studio.CreateClient();
            var body = new { text = Text(300), voiceId = "espeak-ng-en-us-f3" };
            await RoundTripAsync(http, body); // fills the cache
            var samples = new List<double>();
            for (var i = 0; i < requests + 10; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var bytes = await RoundTripAsync(http, body);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (bytes == 0)
                {
                    throw new InvalidOperationException("an empty tts.wav was served");
                }
                if (i >= 10) // warm-up: JIT, connection pool
                {
                    samples.Add(elapsed);
                }
            }
            Console.WriteLine($"tts: cache hit, POST /api/tts to served tts.wav (real studio process): {Percentiles.Summary(samples, "ms")}");
        }
    }

    private static async Task<int> RoundTripAsync(HttpClient http, object body)
    {
        using var accepted = await http.PostAsJsonAsync("/api/tts", body);
        accepted.EnsureSuccessStatusCode();
        var job = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        var id = job.GetProperty("jobId").GetString()!;
        // The event stream ends after the terminal state.
        var events = await http.GetStringAsync(job.GetProperty("eventsUrl").GetString());
        if (!events.Contains("\"succeeded\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"job {id} did not succeed: {events}");
        }
        return (await http.GetByteArrayAsync($"/files/{id}/tts.wav")).Length;
    }

    private static string Text(int characters)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; text.Length < characters; i++)
        {
            text.Append(Sentences[i % Sentences.Length]).Append(' ');
        }
        return text.ToString().Trim();
    }
}
