using GenScene.Studio.Features.Composition.Captions;
using GenScene.Studio.Features.Composition.Planning;

namespace GenScene.Studio.Tests.Features.Composition;

public sealed class CaptionWriterTests
{
    private static readonly CaptionCue[] Cues = [new(1, 0.2, 1.3456, "Hello there."), new(2, 61.5, 3725.25, "A <b> & --> c\nsecond line")];

    [Fact]
    public void Srt_numbers_cues_with_comma_milliseconds()
    {
        Assert.Equal("1\n00:00:00,200 --> 00:00:01,346\nHello there.\n\n2\n00:01:01,500 --> 01:02:05,250\nA <b> & --> c second line\n\n", CaptionWriter.Srt(Cues));
    }

    [Fact]
    public void Vtt_has_its_header_dot_milliseconds_and_escaped_markup()
    {
        var vtt = CaptionWriter.Vtt(Cues);
        Assert.StartsWith("WEBVTT\n\n00:00:00.200 --> 00:00:01.346\nHello there.\n\n", vtt, StringComparison.Ordinal);
        Assert.Contains("A &lt;b> &amp; --&gt; c second line", vtt, StringComparison.Ordinal);
    }
}
