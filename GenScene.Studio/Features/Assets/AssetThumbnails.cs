using System.Globalization;
using GenScene.Studio.Features.Audio.Waveforms;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Media;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Assets;

/// <summary>
/// A small JPEG for every asset: the picture itself, a frame of a video, or the waveform of a sound.
/// Decoding a frame also proves the file is really readable, beyond what its header claims.
/// </summary>
public sealed class AssetThumbnails(ProcessRunner runner, StudioTools tools, WaveformRenderer waveforms)
{
    public const int Width = 320;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Scaled down (never up) to an even width, then laid over white so a transparent PNG does not
    /// turn black in the JPEG, which has no transparency.
    /// </summary>
    internal static readonly string Graph =
        $"[0:v]scale=w='max(2,trunc(min({Width},iw)/2)*2)':h=-2,format=rgba[fg];" +
        "color=c=white,format=rgba[bg];[bg][fg]scale2ref[bg2][fg2];" +
        "[bg2][fg2]overlay=format=auto:shortest=1,format=yuvj420p[thumb]";

    public async Task RenderAsync(string source, DetectedMedia media, string jpegPath, CancellationToken cancellationToken)
    {
        switch (media.Kind)
        {
            case AssetKind.Audio:
                var waveform = jpegPath + ".waveform.png";
                try
                {
                    await waveforms.RenderAsync(source, waveform, new WaveformSize(Width, 180), WaveformColor.StudioBlue, cancellationToken).ConfigureAwait(false);
                    await FrameAsync(waveform, null, jpegPath, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    File.Delete(waveform);
                }
                break;
            case AssetKind.Video:
                // Past any black lead-in, but inside even a very short clip.
                await FrameAsync(source, Math.Min(1.0, (media.DurationSeconds ?? 0) * 0.1), jpegPath, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await FrameAsync(source, null, jpegPath, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task FrameAsync(string source, double? seekSeconds, string jpegPath, CancellationToken cancellationToken)
    {
        string[] seek = seekSeconds is { } s ? ["-ss", s.ToString("0.###", CultureInfo.InvariantCulture)] : [];
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-v", "error", .. seek, "-i", FfmpegArguments.File(source),
            "-filter_complex", Graph, "-map", "[thumb]", "-frames:v", "1", "-c:v", "mjpeg", "-q:v", "4", "-f", "image2", FfmpegArguments.File(jpegPath),
        ])
        {
            Timeout = Timeout,
        }, cancellationToken).ConfigureAwait(false);
        if (!File.Exists(jpegPath) || new FileInfo(jpegPath).Length == 0)
        {
            throw new ProcessFailedException(tools.Ffmpeg.Path, 0, "", "ffmpeg decoded no frame to make a thumbnail from.");
        }
    }
}
