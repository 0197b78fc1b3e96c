using GenScene.Studio.Features.Composition.Video;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>Where a scene's body is cut into pieces: at keyframe intervals, a short remainder kept with the piece before.</summary>
public sealed class BodyChunkTests
{
    [Fact]
    public void A_body_is_cut_every_keyframe_interval_from_where_it_starts()
    {
        Assert.Equal([(5, 150, 1), (155, 150, 2), (305, 100, 3)], VideoAssembler.BodyChunks(5, 400, 150));
        Assert.Equal([(0, 150, 1), (150, 76, 2)], VideoAssembler.BodyChunks(0, 226, 150));
        Assert.Equal([(15, 75, 1), (90, 90, 2)], VideoAssembler.BodyChunks(15, 165, 75)); // a moving body, in half intervals
    }

    [Fact]
    public void A_short_body_or_a_short_remainder_is_not_a_piece_of_its_own()
    {
        Assert.Equal([(0, 150, 0)], VideoAssembler.BodyChunks(0, 150, 150));
        Assert.Equal([(0, 224, 0)], VideoAssembler.BodyChunks(0, 224, 150));
        Assert.Equal([(12, 1, 0)], VideoAssembler.BodyChunks(12, 1, 150));
        Assert.Empty(VideoAssembler.BodyChunks(0, 0, 150));
        Assert.Equal([(15, 900, 0)], VideoAssembler.BodyChunks(15, 900, int.MaxValue)); // a clip's body stays whole
        Assert.Equal([(0, 150, 1), (150, 74, 2)], VideoAssembler.BodyChunks(0, 224, 150, mergeRemainder: false)); // a held body: a keyframe every interval
    }
}
