
namespace GenScene.Studio.Infrastructure.Media.Probing;

/// <summary>Reads the output of "ffprobe -print_format json -show_streams -show_format" as audio.</summary>
public static class FfprobeJson
{
    public static AudioProbeResult Parse(string json) => FromReport(FfprobeReport.Parse(json));

    public static AudioProbeResult FromReport(FfprobeReport report)
    {
        var audio = report.Streams.FirstOrDefault(stream => stream.IsAudio);
        var audioInfo = audio is null ? null : new AudioStreamInfo(audio.CodecName ?? "unknown", audio.SampleRate ?? 0, audio.Channels ?? 0);
        return new AudioProbeResult
        {
            IsMedia = true,
            Container = report.FormatName,
            AudioStream = audioInfo,
            HasVideo = report.Streams.Any(stream => stream.IsVideo),
            // Containers such as Matroska carry the duration only in the format section; raw streams only per stream.
            DurationSeconds = report.FormatDurationSeconds ?? audio?.DurationSeconds ?? 0,
        };
    }
}
