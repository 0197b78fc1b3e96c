using System.ComponentModel.DataAnnotations;
using System.Globalization;
using GenScene.Studio.Infrastructure.Media.Probing;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Media.Progress;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Jobs.RenderChecks;

/// <summary>
/// Payload of a render check. <see cref="Paced"/> encodes at playback speed, so the progress can be
/// watched as a real long render would move (and a worker can be stopped in the middle of one).
/// </summary>
public sealed record RenderCheckPayload([property: Range(1, 600)] int DurationSeconds = 5, bool Paced = false);

/// <summary>
/// Proves the media pipeline end to end: ffmpeg encodes colour bars and a tone to H.264/AAC MP4 the
/// way compositions are encoded, ffprobe reads the result back, and the file is offered to play.
/// </summary>
public sealed class RenderCheckHandler(ProcessRunner runner, StudioTools tools, MediaProbe probe) : JobHandler<RenderCheckPayload>
{
    public const string JobKind = "diagnostics.render-check";

    public override string Kind => JobKind;

    protected override JobLabel Label(RenderCheckPayload payload, string jobId) => new($"Render check ({payload.DurationSeconds} s)");

    protected override async Task RunAsync(RenderCheckPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        if (payload.DurationSeconds is < 1 or > 600)
        {
            throw new JobPermanentException("InvalidPayload", "durationSeconds must be between 1 and 600.");
        }
        var duration = TimeSpan.FromSeconds(payload.DurationSeconds);
        var output = context.Output("render-check.mp4", "video/mp4");
        var progress = new FfmpegProgress(duration, fraction => context.Progress.Report(new JobProgress(fraction * 90, "encoding")));
        context.Progress.Report(new JobProgress(0, "encoding"));
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path, EncodeArguments(payload, output))
        {
            OnOutputLine = progress.OnLine,
            CaptureOutput = false,
        }, cancellationToken).ConfigureAwait(false);

        context.Progress.Report(new JobProgress(95, "verifying"));
        var (report, problem) = await probe.ProbeAsync(output, cancellationToken).ConfigureAwait(false);
        var measured = report?.FormatDurationSeconds ?? throw new InvalidOperationException($"ffprobe cannot read the check clip: {problem ?? "it has no duration"}.");
        if (Math.Abs(measured - duration.TotalSeconds) > 0.1)
        {
            throw new InvalidOperationException($"The check clip lasts {measured:0.000} s instead of {duration.TotalSeconds} s.");
        }
        context.Progress.Report(new JobProgress(100, "verified", $"{measured:0.00} s H.264/AAC"));
    }

    private static List<string> EncodeArguments(RenderCheckPayload payload, string output)
    {
        var seconds = payload.DurationSeconds.ToString(CultureInfo.InvariantCulture);
        var pace = payload.Paced ? new[] { "-re" } : [];
        return
        [
            "-hide_banner", "-nostdin", "-y", "-nostats", "-progress", "pipe:1",
            .. pace, "-f", "lavfi", "-i", $"testsrc2=size=640x360:rate=30:duration={seconds}",
            .. pace, "-f", "lavfi", "-i", $"sine=frequency=440:sample_rate=48000:duration={seconds}",
            "-c:v", "libx264", "-preset", "veryfast", "-profile:v", "high", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", "128k", "-ac", "2", "-movflags", "+faststart", "-shortest",
            output,
        ];
    }
}
