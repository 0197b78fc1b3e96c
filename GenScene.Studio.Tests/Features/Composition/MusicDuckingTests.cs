using GenScene.Studio.Features.Composition.Soundtrack;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>Music goes under the narration: ducked while anything speaks, back up in the pauses.</summary>
public sealed class MusicDuckingTests(CompositionStudio studio) : IClassFixture<CompositionStudio>, IDisposable
{
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task The_music_bed_is_at_least_10_dB_lower_under_narration_than_alone()
    {
        // Narration-like foreground: a tone from 2 s to 4 s, silence around it, 6 s in all.
        var voice = _files.Combine("voice.wav");
        await studio.FfmpegAsync("-f", "lavfi", "-i", "sine=frequency=300:sample_rate=48000:duration=2", "-af", "adelay=delays=2000:all=1,apad=whole_len=288000",
            "-ac", "2", "-c:a", "pcm_f32le", voice);
        var bed = _files.Combine("bed.wav");
        // Measured the way composition measures its narration mix before keying the ducking on it.
        var loudness = await studio.Services.GetRequiredService<GenScene.Studio.Infrastructure.Media.Loudness.LoudnessMeter>().MeasureAsync(voice, CancellationToken.None);
        await studio.Services.GetRequiredService<SoundtrackBuilder>().RenderBedAsync(
            studio.FileOf("music.mp3"), -8, voice, loudness, 288000, bed, CancellationToken.None);

        var alone = await studio.RmsDbAsync(bed, 0.5, 1.8);
        var underVoice = await studio.RmsDbAsync(bed, 2.5, 3.8);
        Assert.True(alone - underVoice >= 10, $"music alone {alone:0.0} dB, under the voice {underVoice:0.0} dB");
    }

    [Fact]
    public async Task An_episode_with_music_is_normalized_and_as_long_as_planned()
    {
        var (job, outputs) = await studio.ComposeAsync(CompositionStudio.Spec(640, 360,
            [CompositionStudio.Scene(1, "Music plays under this sentence.", before: 1, after: 1)], music: studio.Asset("music")));

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        var episode = Path.Combine(outputs, "episode.mp4");
        Assert.InRange(await studio.IntegratedLufsAsync(episode), -17, -15);
        var planned = CompositionStudio.PlannedFrames(outputs) / 30.0;
        var audio = (await studio.ProbeAsync(episode)).Audio!;
        Assert.InRange(audio.DurationSeconds, planned - 1 / 30.0, planned + 1 / 30.0);
        // The music fills the padding before the narration: not silence.
        Assert.True(await studio.RmsDbAsync(episode, 0.2, 0.8) > -45);
    }

    public void Dispose() => _files.Dispose();
}
