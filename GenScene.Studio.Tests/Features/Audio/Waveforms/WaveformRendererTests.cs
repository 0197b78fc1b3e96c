using GenScene.Studio.Features.Audio.Waveforms;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Audio.Waveforms;

public sealed class WaveformRendererTests : IDisposable
{
    private readonly TempDirectory _temp = new("genscene-audio");
    private readonly AudioServices _audio = new();

    [Fact]
    public async Task Speech_is_drawn_as_a_png_of_the_requested_size_in_the_requested_colour()
    {
        var speech = await _audio.Files.SpeechAsync(_temp.Combine("speech.wav"), gainDb: 0);
        var color = new WaveformColor(0xE1, 0x1D, 0x48);

        var png = await _audio.Waveforms.RenderAsync(speech, _temp.Combine("wave.png"), new WaveformSize(1200, 200), color, CancellationToken.None);

        Assert.Equal("png", await _audio.Files.StreamEntryAsync(png, "v:0", "codec_name"));
        Assert.Equal("1200", await _audio.Files.StreamEntryAsync(png, "v:0", "width"));
        Assert.Equal("200", await _audio.Files.StreamEntryAsync(png, "v:0", "height"));
        var drawn = DrawnPixels(await _audio.Files.RgbaPixelsAsync(png));
        // Not blank, and not a filled rectangle either: speech has pauses and quiet parts.
        Assert.InRange(drawn.Count / (1200.0 * 200), 0.05, 0.8);
        Assert.All(drawn, pixel => Assert.Equal((color.Red, color.Green, color.Blue), pixel));
    }

    [Fact]
    public async Task Silence_draws_far_less_than_speech()
    {
        var speech = await _audio.Files.SpeechAsync(_temp.Combine("speech.wav"), gainDb: 0);
        var silence = await _audio.Files.LavfiAsync(_temp.Combine("silence.wav"), "anullsrc=r=22050:cl=mono:d=7");

        var spoken = await _audio.Waveforms.RenderAsync(speech, _temp.Combine("speech.png"), WaveformSize.Default, WaveformColor.StudioBlue, CancellationToken.None);
        var quiet = await _audio.Waveforms.RenderAsync(silence, _temp.Combine("silence.png"), WaveformSize.Default, WaveformColor.StudioBlue, CancellationToken.None);

        var spokenPixels = DrawnPixels(await _audio.Files.RgbaPixelsAsync(spoken)).Count;
        var quietPixels = DrawnPixels(await _audio.Files.RgbaPixelsAsync(quiet)).Count;
        Assert.True(quietPixels * 20 < spokenPixels, $"silence drew {quietPixels} pixels, speech {spokenPixels}");
    }

    [Fact]
    public async Task A_size_out_of_bounds_is_refused_before_ffmpeg_runs()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _audio.Waveforms.RenderAsync(
            _temp.Combine("never-read.wav"), _temp.Combine("wave.png"), new WaveformSize(100_000, 200), WaveformColor.StudioBlue, CancellationToken.None));
    }

    [Theory]
    [InlineData("#3b82f6", 0x3B, 0x82, 0xF6)]
    [InlineData("E11D48", 0xE1, 0x1D, 0x48)]
    public void A_hex_colour_from_a_colour_picker_is_read(string text, byte red, byte green, byte blue)
    {
        Assert.Equal(new WaveformColor(red, green, blue), WaveformColor.ParseHex(text));
        Assert.Equal($"0x{red:X2}{green:X2}{blue:X2}", WaveformColor.ParseHex(text).ToFfmpeg());
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#3b82f6:s=9999x9999")]
    [InlineData("0x3b82f6,volume=10")]
    [InlineData("")]
    public void Anything_but_a_hex_colour_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => WaveformColor.ParseHex(text));
    }

    /// <summary>The colour of every pixel that is not fully transparent.</summary>
    private static List<(byte, byte, byte)> DrawnPixels(byte[] rgba)
    {
        var drawn = new List<(byte, byte, byte)>();
        for (var i = 0; i < rgba.Length; i += 4)
        {
            if (rgba[i + 3] != 0) { drawn.Add((rgba[i], rgba[i + 1], rgba[i + 2])); }
        }
        return drawn;
    }

    public void Dispose() => _temp.Dispose();
}
