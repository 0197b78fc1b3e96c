using GenScene.Studio.Features.Composition.Video;
using Xunit;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>How segments are listed for the join: runs already in the cache are joined while the rest renders.</summary>
public sealed class SegmentJoinTests
{
    [Fact]
    public void Runs_of_two_or_more_cached_pieces_are_found_around_the_ones_to_render()
    {
        string?[] paths = ["a", "b", "c", null, null, "f", null, "h", "i"];

        Assert.Equal([(0, 3), (7, 2)], VideoAssembler.CachedRuns(paths));
    }

    [Fact]
    public void With_nothing_cached_or_everything_cached_there_is_no_run_or_one()
    {
        Assert.Empty(VideoAssembler.CachedRuns([null, null, null]));
        Assert.Equal([(0, 3)], VideoAssembler.CachedRuns(["a", "b", "c"]));
    }

    [Fact]
    public void The_list_gives_each_entry_its_exact_duration_and_quotes_paths()
    {
        var list = SegmentJoiner.List([new JoinEntry("/c/it's.mp4", 45), new JoinEntry("/c/b.mp4", 1)], 30);

        Assert.Equal("file 'file:/c/it'\\''s.mp4'\nduration 1.5\nfile 'file:/c/b.mp4'\nduration 0.033333333\n", list);
    }
}
