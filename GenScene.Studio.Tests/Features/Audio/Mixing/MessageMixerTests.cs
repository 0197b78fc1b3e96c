using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Audio.Loudness;
using GenScene.Studio.Features.Audio.Mixing;
using GenScene.Studio.Tests.TestSupport;
using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Tests.Features.Audio.Mixing;

public sealed class MessageMixerTests : IDisposable
{
    private const double VoiceStartsAt = 3;
    private readonly TempDirectory _temp = new("genscene-audio");
    private readonly AudioServices _audio = new();

    [Fact]
    public async Task Intro_voice_and_outro_play_one_after_another()
    {
        var intro = await _audio.Files.ToneAsync(_temp.Combine("intro.wav"), seconds: 2, frequency: 880);
        var voice = await _audio.Files.SpeechAsync(_temp.Combine("voice.wav"), gainDb: 0);
        var outro = await _audio.Files.ToneAsync(_temp.Combine("outro.wav"), seconds: 1.5, frequency: 660);
        var output = _temp.Combine("message.wav");

        var message = await _audio.Mixer.MixAsync(new MessageRequest(voice) { IntroPath = intro, OutroPath = outro }, output, AudioOutputFormat.Wav);

        var expected = 2 + await _audio.Files.DurationAsync(voice) + 1.5;
        Assert.Equal(expected, await _audio.Files.DurationAsync(output), 0.2);
        Assert.Equal(expected, message.DurationSeconds, 0.2);
        Assert.Equal(output, message.OutputPath);
    }

    [Fact]
    public async Task Crossfades_overlap_the_parts_by_their_length()
    {
        var intro = await _audio.Files.ToneAsync(_temp.Combine("intro.wav"), seconds: 2, frequency: 880);
        var voice = await _audio.Files.SpeechAsync(_temp.Combine("voice.wav"), gainDb: 0);
        var outro = await _audio.Files.ToneAsync(_temp.Combine("outro.wav"), seconds: 1.5, frequency: 660);
        var output = _temp.Combine("message.wav");

        await _audio.Mixer.MixAsync(new MessageRequest(voice) { IntroPath = intro, OutroPath = outro, CrossfadeSeconds = 0.5 }, output, AudioOutputFormat.Wav);

        Assert.Equal(2 + await _audio.Files.DurationAsync(voice) + 1.5 - 2 * 0.5, await _audio.Files.DurationAsync(output), 0.2);
    }

    [Theory]
    [InlineData(18.0)]
    [InlineData(8.0)]
    public async Task The_bed_goes_under_the_voice_by_the_configured_depth_while_it_speaks(double depthDb)
    {
        var audio = new AudioServices(new AudioOptions { DuckingDepthDb = depthDb });
        var voice = await audio.Files.SpeechAsync(_temp.Combine("voice.wav"), gainDb: 0, silenceSeconds: VoiceStartsAt);
        var bed = await audio.Files.PinkNoiseAsync(_temp.Combine("bed.wav"), seconds: 20);
        var voiceEnds = await audio.Files.DurationAsync(voice);

        // The voice only keys the compressor here, so what is measured is the bed alone.
        var ducked = await audio.Mixer.RenderDuckedBedAsync(voice, bed, _temp.Combine("ducked-bed.wav"), CancellationToken.None);

        var beforeVoice = await audio.Files.RmsDbAsync(ducked, 1.2, VoiceStartsAt - 0.2); // after the 1 s fade-in
        var underVoice = await audio.Files.RmsDbAsync(ducked, VoiceStartsAt + 0.5, voiceEnds - 1.5); // before the fade-out
        var reduction = beforeVoice - underVoice;
        Assert.True(reduction >= Math.Min(10, depthDb - 3), $"the bed went down {reduction:0.0} dB under the voice");
        Assert.Equal(depthDb, reduction, 4.0);
        Assert.Equal(voiceEnds, await audio.Files.DurationAsync(ducked), 0.1); // the 20 s bed is cut to the voice
    }

    [Fact]
    public async Task A_full_message_with_bed_intro_and_outro_lands_on_the_loudness_target()
    {
        var intro = await _audio.Files.ToneAsync(_temp.Combine("intro.wav"), seconds: 2, frequency: 880, gainDb: 12);
        var voice = await _audio.Files.SpeechAsync(_temp.Combine("voice.wav"), gainDb: -10, silenceSeconds: 1);
        var bed = await _audio.Files.PinkNoiseAsync(_temp.Combine("bed.wav"), seconds: 4, amplitude: 0.1); // shorter than the voice: looped
        var outro = await _audio.Files.ToneAsync(_temp.Combine("outro.wav"), seconds: 2, frequency: 660);
        var output = _temp.Combine("message.mp3");
        var reports = new List<double>();

        var message = await _audio.Mixer.MixAsync(
            new MessageRequest(voice) { IntroPath = intro, OutroPath = outro, BedPath = bed, CrossfadeSeconds = 0.3 },
            output, AudioOutputFormat.Mp3, new SynchronousProgress(reports.Add));

        var measured = await _audio.Meter.MeasureAsync(output, CancellationToken.None);
        Assert.Equal(-16, measured.IntegratedLufs, 1.0);
        Assert.Equal(-16, message.Loudness.IntegratedLufs, 1.0);
        Assert.Equal("mp3", await _audio.Files.StreamEntryAsync(output, "a:0", "codec_name"));
        Assert.Equal(4 + await _audio.Files.DurationAsync(voice) - 0.6, await _audio.Files.DurationAsync(output), 0.2);
        Assert.Equal(1, reports[^1]);
        Assert.Equal(reports.Order(), reports);
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.mix.wav", SearchOption.AllDirectories)); // the intermediate mix is removed
    }

    [Fact]
    public async Task A_bed_that_is_not_audio_is_refused()
    {
        var voice = await _audio.Files.SpeechAsync(_temp.Combine("voice.wav"), gainDb: 0);
        var notes = _temp.Combine("bed.mp3");
        await File.WriteAllTextAsync(notes, "not music");

        await Assert.ThrowsAsync<NotAudioException>(() =>
            _audio.Mixer.MixAsync(new MessageRequest(voice) { BedPath = notes }, _temp.Combine("out.wav"), AudioOutputFormat.Wav));
    }

    [Fact]
    public async Task A_crossfade_longer_than_half_a_part_is_refused()
    {
        var intro = await _audio.Files.ToneAsync(_temp.Combine("intro.wav"), seconds: 1);
        var voice = await _audio.Files.SpeechAsync(_temp.Combine("voice.wav"), gainDb: 0);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _audio.Mixer.MixAsync(
            new MessageRequest(voice) { IntroPath = intro, CrossfadeSeconds = 0.8 }, _temp.Combine("out.wav"), AudioOutputFormat.Wav));
    }

    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }

    public void Dispose() => _temp.Dispose();
}
