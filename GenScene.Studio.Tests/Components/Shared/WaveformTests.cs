using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using GenScene.Studio.Components.Shared;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor.Services;

namespace GenScene.Studio.Tests.Components;

public sealed partial class WaveformTests
{
    private const string Module = "./Components/Shared/Waveform.razor.js";
    private static readonly float[] Max = [0.5f, 1f, 0f, 0.25f];
    private static readonly float[] Min = [-0.5f, -0.2f, 0f, -1f];

    [Fact]
    public async Task Each_column_is_one_stroke_from_its_highest_to_its_lowest_sample()
    {
        await using var ctx = NewContext();

        var cut = ctx.Render<Waveform>(p => p.Add(w => w.Min, Min).Add(w => w.Max, Max).Add(w => w.AudioId, "speech-audio"));

        Assert.Equal("0 0 4 100", cut.Find("svg").GetAttribute("viewBox"));
        var strokes = Strokes(cut.Find("path.waveform-bars").GetAttribute("d")!);
        // Height 100: a sample of 1 reaches 0 (the top), -1 reaches 100; silence keeps a hairline of 1 around the middle.
        Assert.Equal([(0.5, 25, 75), (1.5, 0, 60), (2.5, 49.5, 50.5), (3.5, 37.5, 100)], strokes);
    }

    [Fact]
    public async Task The_position_marker_stands_where_the_browser_says_the_audio_is()
    {
        await using var ctx = NewContext();
        var cut = ctx.Render<Waveform>(p => p.Add(w => w.Min, Min).Add(w => w.Max, Max).Add(w => w.AudioId, "speech-audio"));
        Assert.Equal("0", cut.Find("line.waveform-position").GetAttribute("x1"));

        await cut.InvokeAsync(() => cut.Instance.OnTime(2.5, 10));

        var marker = cut.Find("line.waveform-position");
        Assert.Equal("1", marker.GetAttribute("x1"));
        Assert.Equal("1", marker.GetAttribute("x2"));
        Assert.Equal("1", cut.Find("clipPath rect").GetAttribute("width"));
        Assert.Equal("10", cut.Find(".waveform").GetAttribute("data-duration"));

        await cut.InvokeAsync(() => cut.Instance.OnTime(10, 10));
        Assert.Equal("4", cut.Find("line.waveform-position").GetAttribute("x1"));
    }

    [Fact]
    public async Task It_follows_its_audio_and_a_click_seeks_it_to_the_same_share_of_its_duration()
    {
        await using var ctx = NewContext();
        var module = ctx.JSInterop.SetupModule(Module);
        var cut = ctx.Render<Waveform>(p => p.Add(w => w.Min, Min).Add(w => w.Max, Max).Add(w => w.AudioId, "speech-audio"));
        Assert.Equal("speech-audio", module.VerifyInvoke("follow").Arguments[1]);
        await cut.InvokeAsync(() => cut.Instance.OnWidth(400));
        await cut.InvokeAsync(() => cut.Instance.OnTime(0, 8));

        await cut.Find(".waveform").ClickAsync(new MouseEventArgs { OffsetX = 100 });

        var seek = module.VerifyInvoke("seek");
        Assert.Equal(["speech-audio", 2.0], seek.Arguments);
        Assert.Equal("1", cut.Find("line.waveform-position").GetAttribute("x1"));
    }

    [Fact]
    public async Task When_it_goes_away_it_stops_following_the_audio()
    {
        await using var ctx = NewContext();
        var module = ctx.JSInterop.SetupModule(Module);
        var following = module.SetupModule("follow", _ => true);
        ctx.Render<Waveform>(p => p.Add(w => w.Min, Min).Add(w => w.Max, Max).Add(w => w.AudioId, "speech-audio"));
        following.VerifyNotInvoke("stop");

        await ctx.DisposeComponentsAsync();

        following.VerifyInvoke("stop");
    }

    [Fact]
    public async Task A_click_before_the_audio_has_a_duration_seeks_nothing()
    {
        await using var ctx = NewContext();
        var module = ctx.JSInterop.SetupModule(Module);
        var cut = ctx.Render<Waveform>(p => p.Add(w => w.Min, Min).Add(w => w.Max, Max).Add(w => w.AudioId, "speech-audio"));
        await cut.InvokeAsync(() => cut.Instance.OnWidth(400));

        await cut.Find(".waveform").ClickAsync(new MouseEventArgs { OffsetX = 100 });

        module.VerifyNotInvoke("seek");
    }

    private static BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization(); // the pages' texts (IStringLocalizer<…Text>), English as the test culture
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        return ctx;
    }

    private static List<(double X, double Top, double Bottom)> Strokes(string path) =>
        [.. Stroke().Matches(path).Select(m => (Number(m.Groups[1]), Number(m.Groups[2]), Number(m.Groups[3])))];

    private static double Number(Group group) => double.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"M([\d.]+) ([\d.]+)V([\d.]+)")]
    private static partial Regex Stroke();
}
