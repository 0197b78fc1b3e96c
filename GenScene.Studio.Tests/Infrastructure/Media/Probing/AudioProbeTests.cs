using GenScene.Studio.Tests.Features.Audio;
using GenScene.Studio.Tests.TestSupport;
using GenScene.Studio.Infrastructure.Media.Probing;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Tests.Infrastructure.Media.Probing;

public sealed class AudioProbeTests : IDisposable
{
    private readonly TempDirectory _temp = new("genscene-audio");
    private readonly AudioServices _audio = new();

    [Fact]
    public async Task A_generated_tone_is_audio_with_its_codec_sample_rate_channels_and_duration()
    {
        var tone = await _audio.Files.ToneAsync(_temp.Combine("tone.wav"), seconds: 2.5, sampleRate: 44100);

        var probe = await _audio.Probe.RequireAudioAsync(tone, CancellationToken.None);

        Assert.True(probe.IsMedia);
        Assert.Equal(new AudioStreamInfo("pcm_s16le", 44100, 2), probe.AudioStream);
        Assert.False(probe.HasVideo);
        Assert.Equal("wav", probe.Container);
        Assert.Equal(2.5, probe.DurationSeconds, 0.01);
    }

    [Fact]
    public async Task A_png_image_is_media_without_sound_and_is_refused_as_audio()
    {
        var png = await _audio.Files.PngAsync(_temp.Combine("picture.png"));
        var disguised = _temp.Combine("picture.mp3");
        File.Copy(png, disguised); // the name says audio; the content decides

        var probe = await _audio.Probe.ProbeAsync(disguised, CancellationToken.None);
        var error = await Assert.ThrowsAsync<NotAudioException>(() => _audio.Probe.RequireAudioAsync(disguised, CancellationToken.None));

        Assert.True(probe.IsMedia);
        Assert.False(probe.HasAudio);
        Assert.True(probe.HasVideo);
        Assert.Contains("video but no sound", error.Message);
    }

    [Fact]
    public async Task A_text_file_named_like_audio_is_not_media_and_says_why()
    {
        var text = _temp.Combine("notes.wav");
        await File.WriteAllTextAsync(text, "These are meeting notes, not a recording.\n");

        var probe = await _audio.Probe.ProbeAsync(text, CancellationToken.None);
        var error = await Assert.ThrowsAsync<NotAudioException>(() => _audio.Probe.RequireAudioAsync(text, CancellationToken.None));

        Assert.False(probe.IsMedia);
        Assert.False(probe.HasAudio);
        Assert.Contains("Invalid data", probe.Problem);
        Assert.Contains("notes.wav", error.Message);
        Assert.Contains("not a media file", error.Message);
    }

    [Fact]
    public async Task A_file_name_that_looks_like_an_option_or_a_protocol_is_read_as_a_plain_file()
    {
        var tone = await _audio.Files.ToneAsync(_temp.Combine("tone.wav"), seconds: 1);
        var awkward = _temp.Combine("-i concat:x|y.wav");
        File.Copy(tone, awkward);

        var probe = await _audio.Probe.RequireAudioAsync(awkward, CancellationToken.None);

        Assert.Equal(1, probe.DurationSeconds, 0.01);
    }

    [Fact]
    public async Task A_missing_file_is_reported_as_missing_not_as_not_audio()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => _audio.Probe.ProbeAsync(_temp.Combine("absent.wav"), CancellationToken.None));
    }

    /// <summary>
    /// Saved from ffprobe 5.1 run with FFMpegCore's arguments ("-loglevel error -print_format json -show_format
    /// -sexagesimal -show_streams -show_chapters") on a 3 s mono MP3 carrying a 64x64 JPEG cover.
    /// </summary>
    [Fact]
    public void Cover_art_in_an_mp3_saved_from_real_ffprobe_output_is_not_video()
    {
        var report = FfprobeReport.Parse(TestData.Read("ffprobe-mp3-with-cover-art.json"));
        var probe = FfprobeJson.FromReport(report);

        Assert.Equal(new AudioStreamInfo("mp3", 44100, 1), probe.AudioStream);
        Assert.False(probe.HasVideo);
        Assert.Equal("mp3", probe.Container);
        // FFMpegCore keeps milliseconds of ffprobe's "0:00:03.030204".
        Assert.Equal(3.030, probe.DurationSeconds, 0.0005);
        var cover = Assert.Single(report.Streams, s => s.CodecType == "video");
        Assert.True(cover.IsAttachedPicture);
        Assert.Equal(("mjpeg", 64, 64), (cover.CodecName, cover.Width, cover.Height));
        Assert.Null(cover.FrameRate); // avg_frame_rate 0/0: a cover has no rate
    }

    [Fact]
    public async Task A_real_mp3_with_cover_art_probed_through_ffprobe_is_audio_and_its_cover_is_not_video()
    {
        var tone = await _audio.Files.ToneAsync(_temp.Combine("tone.wav"), seconds: 3, sampleRate: 44100);
        var cover = await _audio.Files.PngAsync(_temp.Combine("cover.png"));
        var mp3 = _temp.Combine("with-cover.mp3");
        await _audio.Runner.RunAsync(new ProcessSpec("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-i", tone, "-i", cover,
            "-map", "0:a", "-map", "1:v", "-c:a", "libmp3lame", "-c:v", "mjpeg", "-disposition:v", "attached_pic", mp3]), CancellationToken.None);

        var probe = await _audio.Probe.RequireAudioAsync(mp3, CancellationToken.None);

        Assert.Equal(("mp3", 44100), (probe.AudioStream!.Codec, probe.AudioStream.SampleRate));
        Assert.False(probe.HasVideo);
        Assert.Equal(3, probe.DurationSeconds, 0.1);
    }

    public void Dispose() => _temp.Dispose();
}
