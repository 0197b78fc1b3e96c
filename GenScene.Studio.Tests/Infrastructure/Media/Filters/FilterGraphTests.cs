using System.Globalization;
using GenScene.Studio.Infrastructure.Media.Filters;

namespace GenScene.Studio.Tests.Infrastructure.Media.Filters;

public sealed class FilterGraphTests
{
    [Fact]
    public void Numbers_are_written_with_a_dot_whatever_the_culture_of_the_thread()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("volume=volume=-4.5dB", AudioFilters.Volume(-4.5).ToString());
            Assert.Equal("afade=t=out:st=12.25:d=0.000001", AudioFilters.Fade(FadeDirection.Out, 12.25, 0.000001).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_number_that_is_not_finite_never_reaches_a_graph(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AudioFilters.Volume(value));
    }

    [Fact]
    public void Negative_times_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AudioFilters.Fade(FadeDirection.In, -1, 1));
    }

    [Fact]
    public void Chains_are_labelled_by_the_graph_and_joined_with_semicolons()
    {
        var graph = new FilterGraph();

        var split = graph.ChainToMany([FilterPad.AudioInput(0)], 2, AudioFilters.Split(2));
        var mixed = graph.Chain(split, AudioFilters.MixKeepingLevels(2));

        Assert.Equal("[0:a]asplit=outputs=2[s0][s1];[s0][s1]amix=inputs=2:duration=first:dropout_transition=0:normalize=0[s2]", graph.ToString());
        Assert.Equal("[s2]", mixed.ToString());
    }
}
