using GenScene.Studio.Features.Styles;

namespace GenScene.Studio.Tests.Features.Styles;

/// <summary>A look declares what it draws over; the safe area is the largest part of the frame left free.</summary>
public sealed class LookRegionsTests
{
    [Fact]
    public void A_4_to_3_frame_with_a_date_stamp_leaves_the_middle_above_the_stamp()
    {
        var look = new StyleLookBuilder().FrameAspect(4.0 / 3).Overlay(LookOverlay.DateStamp).Build();

        var regions = LookRegions.Covered(look, 1920, 1080);
        var safe = LookRegions.SafeArea(look, 1920, 1080);

        Assert.Equal(["left bar", "right bar", "date stamp"], regions.Select(r => r.What));
        Assert.Equal((0, 240), (regions[0].X, regions[0].Width));
        Assert.Equal((1680, 240), (regions[1].X, regions[1].Width));
        var stamp = regions[2];
        Assert.Equal((240, 0, 1440, stamp.Y), (safe.X, safe.Y, safe.Width, safe.Height));
        Assert.All(regions, r => Assert.False(r.Overlaps(safe), $"{r} overlaps the safe area {safe}"));
    }

    [Fact]
    public void A_letterbox_leaves_the_picture_between_its_bars_and_a_plain_look_the_whole_frame()
    {
        var cinema = new StyleLookBuilder().FrameAspect(2.39).Build();

        Assert.Equal(new LookRegion("safe area", 0, 138, 1920, 804), LookRegions.SafeArea(cinema, 1920, 1080));
        Assert.Equal(new LookRegion("safe area", 0, 0, 1920, 1080), LookRegions.SafeArea(StyleLook.Plain, 1920, 1080));
        Assert.Equal(new LookRegion("safe area", 0, 0, 1080, 1920), LookRegions.SafeArea(null, 1080, 1920));
    }
}
