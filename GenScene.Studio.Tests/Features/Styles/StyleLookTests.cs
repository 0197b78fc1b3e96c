using System.Text.Json;
using GenScene.Studio.Features.Styles;
using GenScene.Studio.Infrastructure.Media.Filters;

namespace GenScene.Studio.Tests.Features.Styles;

public sealed class StyleLookTests
{
    private static readonly LookFrame Frame = new(1920, 1080, 30, 0, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/tmp/stamp.txt");

    [Theory]
    [InlineData("contrast", 5)]
    [InlineData("saturation", -1)]
    [InlineData("grain", 61)]
    [InlineData("vignette", double.NaN)]
    [InlineData("frameAspect", 0.1)]
    [InlineData("posterize", 1)]
    [InlineData("drift", double.PositiveInfinity)]
    public void The_builder_rejects_parameters_out_of_range(string block, double value)
    {
        var builder = new StyleLookBuilder();
        Action build = block switch
        {
            "contrast" => () => builder.Contrast(value),
            "saturation" => () => builder.Saturation(value),
            "grain" => () => builder.Grain((int)value),
            "vignette" => () => builder.Vignette(value),
            "frameAspect" => () => builder.FrameAspect(value),
            "posterize" => () => builder.Posterize((int)value),
            _ => () => builder.Drift(value),
        };
        Assert.Throws<ArgumentOutOfRangeException>(build);
    }

    [Fact]
    public void A_stored_look_out_of_range_or_carrying_text_is_refused_and_never_becomes_a_filter()
    {
        Assert.Throws<ArgumentException>(() => StyleLook.FromJson("""{"grain": 500}"""));
        Assert.Throws<ArgumentException>(() => StyleLook.FromJson("""{"grade": {"shadowsRed": 7}}"""));
        Assert.ThrowsAny<JsonException>(() => StyleLook.FromJson("""{"contrast": "1,movie=/etc/passwd"}"""));
        Assert.ThrowsAny<JsonException>(() => StyleLook.FromJson("""{"overlay": "drawtext=text=pwned"}"""));
        Assert.Throws<ArgumentException>(() => StyleLookFilters.Apply(new FilterGraph(), new FilterPad("0:v"), StyleLook.Plain with { Contrast = 99 }, Frame));
        Assert.Throws<ArgumentException>(() => StyleLookFilters.Apply(new FilterGraph(), new FilterPad("0:v"),
            StyleLook.Plain with { Overlay = LookOverlay.DateStamp }, Frame with { StampTextFile = "/tmp/a'b.txt" }));
    }

    [Fact]
    public void Every_seeded_look_builds_a_graph_of_known_filters_only()
    {
        var allowed = new[] { "crop", "scale", "colorbalance", "eq", "lutrgb", "unsharp", "boxblur", "format", "chromashift", "split", "blend", "vignette", "drawgrid", "hue", "noise", "drawbox", "drawtext" };
        foreach (var style in StyleSeeds.Create(DateTimeOffset.UnixEpoch))
        {
            var graph = new FilterGraph();
            StyleLookFilters.Apply(graph, new FilterPad("0:v"), style.ParsedLook(), Frame);
            var text = graph.ToString();
            var names = text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries)
                .Select(f => System.Text.RegularExpressions.Regex.Replace(f, @"^(\[[^\]]+\])+", "").Split('=')[0])
                .Where(n => n.Length > 0 && char.IsLetter(n[0]) && !n.Contains(')', StringComparison.Ordinal));
            Assert.All(names, n => Assert.Contains(n, allowed));
            Assert.DoesNotContain("movie", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Letterbox_and_pillarbox_bars_are_sized_from_the_frame()
    {
        var graph = new FilterGraph();
        StyleLookFilters.Apply(graph, new FilterPad("0:v"), new StyleLookBuilder().FrameAspect(2.39).Build(), Frame);
        Assert.Contains("drawbox=x=0:y=0:w=1920:h=138", graph.ToString(), StringComparison.Ordinal);
        graph = new FilterGraph();
        StyleLookFilters.Apply(graph, new FilterPad("0:v"), new StyleLookBuilder().FrameAspect(4.0 / 3).Build(), Frame);
        Assert.Contains("drawbox=x=0:y=0:w=240:h=1080", graph.ToString(), StringComparison.Ordinal);
    }
}
