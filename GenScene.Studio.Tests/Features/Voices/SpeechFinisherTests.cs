using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Tests.Features.Audio;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>The finisher on its own: quiet and loud engine output both come out on the loudness target.</summary>
public sealed class SpeechFinisherTests : IDisposable
{
    private readonly TempDirectory _temp = new("genscene-finisher");
    private readonly AudioServices _audio = new();
    private readonly TestDatabase _database = new();
    private readonly SpeechFinisher _finisher;

    public SpeechFinisherTests()
    {
        // No payload here names a jingle, so the library is never asked; it still needs a real store behind it.
        var jingles = new GenScene.Studio.Features.Audio.Jingles.JingleLibrary(_database.Contexts, _audio.Probe, _database.Paths, TimeProvider.System,
            Microsoft.Extensions.Options.Options.Create(new GenScene.Studio.Features.Audio.Jingles.JingleOptions()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<GenScene.Studio.Features.Audio.Jingles.JingleLibrary>.Instance);
        _finisher = new SpeechFinisher(_audio.Runner, _audio.Tools, _audio.Normalizer, _audio.Meter, _audio.Probe, _audio.Waveforms,
            new GenScene.Studio.Features.Audio.Waveforms.WaveformPeaksFiles(), new GenScene.Studio.Infrastructure.Media.Conversion.Mp3Encoder(_audio.Tools),
            _audio.Mixer, jingles, Microsoft.Extensions.Options.Options.Create(_audio.Options));
    }

    public static TheoryData<string, double> Inputs => new()
    {
        { "quiet", -35 },
        { "loud", -9 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Speech_at_any_input_level_measures_within_1_LU_of_the_target_and_under_the_true_peak_ceiling(string name, double inputLufs)
    {
        var part = await SpeechAtAsync(name, inputLufs);

        var (finished, outputs) = await FinishAsync(name, [part]);

        await AssertOnTargetAsync(finished, outputs);
    }

    [Fact]
    public async Task A_quiet_part_joined_to_a_loud_part_comes_out_on_target_as_one_48kHz_file()
    {
        var quiet = await SpeechAtAsync("quiet", -35);
        var loud = await SpeechAtAsync("loud", -9);
        var quietSeconds = await _audio.Files.DurationAsync(quiet);

        var (finished, outputs) = await FinishAsync("both", [quiet, loud]);

        await AssertOnTargetAsync(finished, outputs);
        Assert.InRange(finished.DurationSeconds, quietSeconds * 2 - 0.1, quietSeconds * 2 + 0.1);
        Assert.Equal("48000", await _audio.Files.StreamEntryAsync(outputs.Mp3!, "a:0", "sample_rate"));
    }

    [Fact]
    public async Task WAV_only_writes_the_WAV_alone_at_48kHz_with_the_length_ffprobe_reads()
    {
        var quiet = await SpeechAtAsync("quiet-wav-only", -35);
        var loud = await SpeechAtAsync("loud-wav-only", -9);
        var directory = Directory.CreateDirectory(Path.Combine(_temp.Path, "wav-only-out")).FullName;
        var outputs = SpeechOutputs.WavOnly(Path.Combine(directory, "speech.wav"));
        var payload = new SpeechJobPayload("text", "voice", VoiceSettings.Default, SpeechFormats.Wav, Normalize: false);

        var finished = await _finisher.FinishAsync([quiet, loud], payload, outputs, directory, new Progress<double>(), CancellationToken.None);

        Assert.Equal([outputs.Wav], outputs.All);
        Assert.Equal(["speech.wav"], Directory.GetFiles(directory).Select(Path.GetFileName));
        Assert.False(finished.Measured);
        Assert.Equal("48000", await _audio.Files.StreamEntryAsync(outputs.Wav, "a:0", "sample_rate"));
        Assert.InRange(finished.DurationSeconds, await _audio.Files.DurationAsync(outputs.Wav) - 1e-5, await _audio.Files.DurationAsync(outputs.Wav) + 1e-5);
        Assert.InRange((await _audio.Meter.MeasureAsync(outputs.Wav, CancellationToken.None)).IntegratedLufs, -36, -8); // the parts as they were, not normalized
    }

    [Fact]
    public async Task Without_normalizing_the_level_is_left_as_it_was_and_measured()
    {
        var quiet = await SpeechAtAsync("quiet-raw", -35);

        var (finished, outputs) = await FinishAsync("raw", [quiet], normalize: false);

        Assert.InRange(finished.IntegratedLufs, -36, -34);
        Assert.InRange((await _audio.Meter.MeasureAsync(outputs.Wav, CancellationToken.None)).IntegratedLufs, -36, -34);
    }

    /// <summary>espeak-ng speech brought to <paramref name="lufs"/> by ffmpeg's volume filter, checked by measuring it.</summary>
    private async Task<string> SpeechAtAsync(string name, double lufs)
    {
        var raw = await _audio.Files.SpeechAsync(Path.Combine(_temp.Path, name + "-raw.wav"));
        var level = (await _audio.Meter.MeasureAsync(raw, CancellationToken.None)).IntegratedLufs;
        // Float samples: the loud part may go over full scale without being clipped before the finisher sees it.
        var path = Path.Combine(_temp.Path, name + ".wav");
        await _audio.Files.FfmpegAsync("-i", raw, "-af", $"volume={SpeechApi.Invariant(lufs - level)}dB", "-c:a", "pcm_f32le", path);
        Assert.InRange((await _audio.Meter.MeasureAsync(path, CancellationToken.None)).IntegratedLufs, lufs - 0.5, lufs + 0.5);
        return path;
    }

    private async Task<(FinishedSpeech Finished, SpeechOutputs Outputs)> FinishAsync(string name, IReadOnlyList<string> parts, bool normalize = true)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_temp.Path, name + "-out")).FullName;
        var outputs = new SpeechOutputs(Path.Combine(directory, "tts.wav"), Path.Combine(directory, "tts.mp3"), Path.Combine(directory, "waveform.png"));
        var payload = new SpeechJobPayload("text", "voice", VoiceSettings.Default, SpeechFormats.Wav, normalize);
        var finished = await _finisher.FinishAsync(parts, payload, outputs, directory, new Progress<double>(), CancellationToken.None);
        Assert.All(outputs.All, file => Assert.True(new FileInfo(file).Length > 0, file));
        return (finished, outputs);
    }

    private async Task AssertOnTargetAsync(FinishedSpeech finished, SpeechOutputs outputs)
    {
        var measured = await _audio.Meter.MeasureAsync(outputs.Wav, CancellationToken.None);
        Assert.InRange(measured.IntegratedLufs, -17, -15);
        Assert.True(measured.TruePeakDbtp <= -1.3, $"true peak {measured.TruePeakDbtp} dBTP");
        Assert.InRange(finished.IntegratedLufs, measured.IntegratedLufs - 0.1, measured.IntegratedLufs + 0.1);
        Assert.InRange(finished.TruePeakDb, measured.TruePeakDbtp - 0.1, measured.TruePeakDbtp + 0.1);
        Assert.Equal("48000", await _audio.Files.StreamEntryAsync(outputs.Wav, "a:0", "sample_rate"));
    }

    public void Dispose()
    {
        _temp.Dispose();
        _database.Dispose();
    }
}
