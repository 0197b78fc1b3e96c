using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>The audio cache through POST /api/tts: hits skip the engine, any change misses, eviction keeps the limit.</summary>
public sealed class TtsCacheTests : IDisposable
{
    private static readonly string[] OutputNames = ["tts.wav", "tts.mp3", "waveform.png", "waveform.json"];
    private readonly TempDirectory _temp = new("genscene-tts-cache");

    [Fact]
    public async Task A_repeat_request_does_not_run_the_engine_and_returns_identical_bytes_and_any_change_misses()
    {
        await using var studio = new StudioFactory().WithServices(CountingEngine.Register);
        using var http = studio.CreateClient();
        var engine = studio.Services.GetRequiredService<CountingEngine>();
        var queries = studio.Services.GetRequiredService<JobQueries>();
        var original = new { text = "A cached sentence, spoken once.", voiceId = SpeechApi.Ava, settings = new { speed = 1.0, pitch = 0 } };

        var first = await SpeechApi.PostAndWaitAsync(studio, http, original);
        Assert.Equal(1, engine.Calls);
        Assert.Equal(1, SpeechApi.CacheRows(studio.DataDirectory));
        var second = await SpeechApi.PostAndWaitAsync(studio, http, original);

        Assert.NotEqual(first, second);
        Assert.Equal(1, engine.Calls); // the engine did not run again
        Assert.Equal(1, SpeechApi.CacheRows(studio.DataDirectory));
        Assert.StartsWith("cached", (await queries.FindAsync(second, withEvents: false, CancellationToken.None))!.Stage, StringComparison.Ordinal);
        foreach (var name in OutputNames)
        {
            Assert.Equal(SpeechApi.Sha256(await SpeechApi.DownloadAsync(http, first, name, _temp.Path)),
                SpeechApi.Sha256(await SpeechApi.DownloadAsync(http, second, name, _temp.Path)));
        }
        var (firstRow, secondRow) = (SpeechApi.Row(studio.DataDirectory, first), SpeechApi.Row(studio.DataDirectory, second));
        Assert.Equal((0, 1), (firstRow.CacheHits, firstRow.CacheMisses));
        Assert.Equal((1, 0), (secondRow.CacheHits, secondRow.CacheMisses));
        Assert.Equal(firstRow.IntegratedLufs, secondRow.IntegratedLufs);
        Assert.Equal(firstRow.DurationSeconds, secondRow.DurationSeconds);

        // Hits and misses are counted in the job metrics.
        var metrics = await studio.Services.GetRequiredService<JobMetrics>().ReadAsync(CancellationToken.None);
        Assert.Equal(1, metrics.Single(m => m.Kind == TtsJobHandler.JobKind && m.Stage == "cache" && m.Outcome == "hit").Count);
        Assert.Equal(1, metrics.Single(m => m.Kind == TtsJobHandler.JobKind && m.Stage == "cache" && m.Outcome == "miss").Count);

        // Any one change misses: the engine runs once more for each, and each is cached on its own.
        object[] changes =
        [
            new { text = "A cached sentence, spoken once.", voiceId = SpeechApi.Ava, settings = new { speed = 1.25, pitch = 0 } },
            new { text = "A cached sentence, spoken once.", voiceId = SpeechApi.Ava, settings = new { speed = 1.0, pitch = 10 } },
            new { text = "A cached sentence, spoken once.", voiceId = SpeechApi.Ethan, settings = new { speed = 1.0, pitch = 0 } },
            new { text = "A cached sentence, spoken twice.", voiceId = SpeechApi.Ava, settings = new { speed = 1.0, pitch = 0 } },
        ];
        var expectedCalls = 1;
        foreach (var changed in changes)
        {
            var id = await SpeechApi.PostAndWaitAsync(studio, http, changed);
            expectedCalls++;
            Assert.Equal(expectedCalls, engine.Calls);
            Assert.Equal(expectedCalls, SpeechApi.CacheRows(studio.DataDirectory));
            Assert.Equal((0, 1), (SpeechApi.Row(studio.DataDirectory, id).CacheHits, SpeechApi.Row(studio.DataDirectory, id).CacheMisses));
            Assert.NotEqual(SpeechApi.Sha256(await SpeechApi.DownloadAsync(http, first, "tts.wav", _temp.Path)),
                SpeechApi.Sha256(await SpeechApi.DownloadAsync(http, id, "tts.wav", _temp.Path)));
        }
    }

    [Fact]
    public async Task Eviction_keeps_the_cache_under_its_limit_and_the_most_recent_rendition_survives()
    {
        await using var studio = new StudioFactory().With("Tts:CacheMaxMegabytes", "1").WithServices(CountingEngine.Register);
        using var http = studio.CreateClient();
        var engine = studio.Services.GetRequiredService<CountingEngine>();
        var cache = studio.Services.GetRequiredService<AudioCache>();
        const long limit = 1024 * 1024;
        var texts = Enumerable.Range(1, 6).Select(i => $"Generation number {i}. This sentence makes about three seconds of speech for the cache.").ToList();

        long generated = 0;
        string? last = null;
        foreach (var text in texts)
        {
            last = await SpeechApi.PostAndWaitAsync(studio, http, new { text, voiceId = SpeechApi.Ava });
            generated += OutputNames.Sum(name => new FileInfo(Path.Combine(studio.DataDirectory, "media", "jobs", last, name)).Length);
            Assert.True(await cache.TotalBytesAsync(CancellationToken.None) <= limit, "the cache's rows add up to more than 1 MB");
            Assert.True(SpeechApi.CacheBytesOnDisk(studio.DataDirectory) <= limit, "data/cache/audio holds more than 1 MB");
        }

        Assert.True(generated > 2 * limit, $"only {generated} bytes generated: the limit was never tested");
        Assert.InRange(SpeechApi.CacheRows(studio.DataDirectory), 1, texts.Count - 2);
        Assert.Equal(await cache.TotalBytesAsync(CancellationToken.None), SpeechApi.CacheBytesOnDisk(studio.DataDirectory));
        Assert.Equal(texts.Count, engine.Calls);

        // The newest survives: asking again is a hit. The oldest was evicted: asking again runs the engine.
        var again = await SpeechApi.PostAndWaitAsync(studio, http, new { text = texts[^1], voiceId = SpeechApi.Ava });
        Assert.Equal(texts.Count, engine.Calls);
        Assert.Equal(1, SpeechApi.Row(studio.DataDirectory, again).CacheHits);
        Assert.Equal(SpeechApi.Sha256(Path.Combine(studio.DataDirectory, "media", "jobs", last!, "tts.wav")),
            SpeechApi.Sha256(Path.Combine(studio.DataDirectory, "media", "jobs", again, "tts.wav")));
        var oldest = await SpeechApi.PostAndWaitAsync(studio, http, new { text = texts[0], voiceId = SpeechApi.Ava });
        Assert.Equal(texts.Count + 1, engine.Calls);
        Assert.Equal(0, SpeechApi.Row(studio.DataDirectory, oldest).CacheHits);
        Assert.True(await cache.TotalBytesAsync(CancellationToken.None) <= limit);
    }

    public void Dispose() => _temp.Dispose();
}
