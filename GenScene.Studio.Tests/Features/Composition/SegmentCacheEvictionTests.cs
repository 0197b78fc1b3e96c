using GenScene.Studio.Features.Composition;
using GenScene.Studio.Features.Composition.Caching;
using GenScene.Studio.Infrastructure.Storage;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>Past its cap the segment cache lets go of the segments used longest ago, never of ones a composition may still be joining.</summary>
public sealed class SegmentCacheEvictionTests : IDisposable
{
    private const int SegmentBytes = 400 * 1024;
    private readonly TempDirectory _data = new();
    private readonly SegmentCache _cache;

    public SegmentCacheEvictionTests() =>
        _cache = new SegmentCache(new StoragePaths(_data.Path), Options.Create(new CompositionOptions { SegmentCacheMaxMegabytes = 1 }),
            TimeProvider.System, NullLogger<SegmentCache>.Instance);

    [Fact]
    public void Over_the_cap_the_least_recently_used_segments_go_until_it_fits()
    {
        var oldest = Add("a", hoursAgo: 4);
        var older = Add("b", hoursAgo: 3);
        var newer = Add("c", hoursAgo: 2);

        Assert.Equal(1, _cache.Evict()); // 1.2 MB over a 1 MB cap: one segment is enough

        Assert.False(File.Exists(oldest));
        Assert.True(File.Exists(older));
        Assert.True(File.Exists(newer));
    }

    [Fact]
    public void A_cache_hit_makes_a_segment_recent_again()
    {
        var used = Add("a", hoursAgo: 4);
        var unused = Add("b", hoursAgo: 3);
        Add("c", hoursAgo: 2);

        Assert.True(_cache.TryGet("a", out _));
        _cache.Evict();

        Assert.True(File.Exists(used));
        Assert.False(File.Exists(unused));
    }

    [Fact]
    public void Segments_used_within_the_last_half_hour_stay_even_over_the_cap()
    {
        var recent = new[] { Add("a", hoursAgo: 0.2), Add("b", hoursAgo: 0.1), Add("c", hoursAgo: 0) };

        Assert.Equal(0, _cache.Evict());
        Assert.All(recent, path => Assert.True(File.Exists(path)));
    }

    [Fact]
    public void Under_the_cap_nothing_goes_and_renders_in_progress_are_not_counted()
    {
        var kept = Add("a", hoursAgo: 5);
        var inProgress = _cache.NewTemporaryPath();
        File.WriteAllBytes(inProgress, new byte[3 * SegmentBytes]);
        File.SetLastAccessTimeUtc(inProgress, DateTime.UtcNow.AddHours(-6));

        Assert.Equal(0, _cache.Evict());
        Assert.True(File.Exists(kept));
        Assert.True(File.Exists(inProgress));
    }

    /// <summary>A segment committed the way a render commits it, then marked as last used some hours ago.</summary>
    private string Add(string key, double hoursAgo)
    {
        var temporary = _cache.NewTemporaryPath();
        File.WriteAllBytes(temporary, new byte[SegmentBytes]);
        var path = _cache.Commit(key, temporary);
        File.SetLastAccessTimeUtc(path, DateTime.UtcNow.AddHours(-hoursAgo));
        return path;
    }

    public void Dispose() => _data.Dispose();
}
