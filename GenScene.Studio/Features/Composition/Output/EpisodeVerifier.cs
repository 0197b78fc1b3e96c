using System.Globalization;
using GenScene.Studio.Features.Composition.Planning;
using GenScene.Studio.Features.Composition.Video;

namespace GenScene.Studio.Features.Composition.Output;

/// <summary>What the finished file must be; checked with ffprobe before a composition succeeds.</summary>
public static class EpisodeVerifier
{
    /// <summary>Every way <paramref name="info"/> differs from what <paramref name="plan"/> promised; empty when it is right.</summary>
    /// <param name="softCaptions">Whether the episode must carry its cues as one mov_text track (otherwise it has none).</param>
    public static IReadOnlyList<string> Problems(MediaInfo info, CompositionPlan plan, FrameFormat format, int sampleRate, bool softCaptions = false)
    {
        var problems = new List<string>();
        var frame = plan.FrameSeconds;
        if (info.Video is not { } video)
        {
            problems.Add("there is no video stream");
        }
        else
        {
            Expect(problems, video.Codec == "h264", $"video codec is {video.Codec}, not h264");
            Expect(problems, video.Profile == "High", $"H.264 profile is {video.Profile}, not High");
            var level = (int)Math.Round(double.Parse(VideoEncoder.Level(format.Fps), CultureInfo.InvariantCulture) * 10);
            Expect(problems, video.Level == level, $"H.264 level is {video.Level}, not {level}");
            Expect(problems, video.PixelFormat == "yuv420p", $"pixel format is {video.PixelFormat}, not yuv420p");
            Expect(problems, video.Width == format.Width && video.Height == format.Height, $"picture is {video.Width}x{video.Height}, not {format.Width}x{format.Height}");
            Expect(problems, Math.Abs(video.FrameRate - format.Fps) < 0.01, $"frame rate is {video.FrameRate:0.###}, not {format.Fps}");
            Expect(problems, Math.Abs(video.DurationSeconds - plan.DurationSeconds) <= frame + 1e-6,
                $"video lasts {video.DurationSeconds:0.000} s, the plan {plan.DurationSeconds:0.000} s");
        }
        if (info.Audio is not { } audio)
        {
            problems.Add("there is no audio stream");
        }
        else
        {
            Expect(problems, audio.Codec == "aac", $"audio codec is {audio.Codec}, not aac");
            Expect(problems, audio.SampleRate == sampleRate, $"audio rate is {audio.SampleRate} Hz, not {sampleRate}");
            Expect(problems, audio.Channels == 2, $"audio has {audio.Channels} channels, not 2");
            if (info.Video is { } v)
            {
                Expect(problems, Math.Abs(audio.DurationSeconds - v.DurationSeconds) <= frame + 1e-6,
                    $"audio lasts {audio.DurationSeconds:0.000} s but video {v.DurationSeconds:0.000} s");
            }
        }
        var subtitles = info.SubtitleCodecs ?? [];
        if (softCaptions)
        {
            Expect(problems, subtitles is ["mov_text"], $"the captions track is {(subtitles.Count == 0 ? "missing" : string.Join(", ", subtitles))}, not one mov_text track");
        }
        else
        {
            Expect(problems, subtitles.Count == 0, $"there is a subtitle track ({string.Join(", ", subtitles)}) where none was planned");
        }
        return problems;
    }

    private static void Expect(List<string> problems, bool condition, string problem)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
