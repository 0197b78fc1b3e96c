using System.ComponentModel;
using FFMpegCore;
using FFMpegCore.Enums;
using GenScene.Studio.Infrastructure.Media.Tools;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Infrastructure.Media.Conversion;

/// <summary>
/// A finished WAV as constant-bit-rate MP3 (libmp3lame), through FFMpegCore: one input, one output, no
/// graph, a few seconds at most, so its typed options say it as well as an argument list would (ADR 0016).
/// </summary>
public sealed class Mp3Encoder(StudioTools tools)
{
    public async Task EncodeAsync(string wavPath, string mp3Path, int sampleRate, int bitrateKbps, CancellationToken cancellationToken)
    {
        var input = Path.GetFullPath(wavPath);
        var output = Path.GetFullPath(mp3Path);
        // FFMpegCore quotes each path inside one argument string; the studio's own paths never hold a quote.
        if ((input + output).Contains('"', StringComparison.Ordinal))
        {
            throw new ArgumentException("Paths given to FFMpegCore cannot contain quotes.", nameof(wavPath));
        }
        FFMpegResult result;
        try
        {
            result = await FFMpegArguments
                .FromFileInput(input)
                .OutputToFile(output, overwrite: true, options => options
                    .WithAudioCodec(AudioCodec.LibMp3Lame)
                    .WithAudioBitrate(bitrateKbps)
                    .WithAudioSamplingRate(sampleRate)
                    .WithCustomArgument("-f mp3"))
                .WithLogLevel(FFMpegLogLevel.Error)
                .ProcessAsynchronously(throwOnError: false, tools.FfmpegCoreOptions(tools.Ffmpeg), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Win32Exception ex)
        {
            throw new ToolNotFoundException(tools.Ffmpeg.Path, ex);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (!result.Success)
        {
            throw new ProcessFailedException(tools.Ffmpeg.Path, result.ExitCode, string.Join('\n', result.StandardError.TakeLast(40)));
        }
    }
}
