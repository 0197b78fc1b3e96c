using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using FFMpegCore;
using FFMpegCore.Exceptions;
using GenScene.Studio.Infrastructure.Media.Tools;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Infrastructure.Media.Probing;

/// <summary>
/// Asks ffprobe what any file holds: pictures, video and sound alike. The studio's one ffprobe call:
/// uploads (assets, jingles), speech and the composed episode's check all read files through it.
/// FFMpegCore runs ffprobe and types its JSON (ADR 0016); this class keeps the studio's rules around it.
/// </summary>
public sealed class MediaProbe(StudioTools tools, ILogger<MediaProbe> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>ffprobe's report, or null with its reason when ffprobe cannot read the file as media at all.</summary>
    public Task<(FfprobeReport? Report, string? Problem)> ProbeAsync(string path, CancellationToken cancellationToken) =>
        ProbeAsync(path, maxPixels: null, cancellationToken);

    /// <summary>
    /// As above, with ffprobe's decoders told to refuse any frame over <paramref name="maxPixels"/> before allocating it:
    /// ffprobe decodes a frame to fill in its report, and an upload must not make it decode a picture bomb.
    /// Such a stream is then reported without a size.
    /// </summary>
    public async Task<(FfprobeReport? Report, string? Problem)> ProbeAsync(string path, long? maxPixels, CancellationToken cancellationToken)
    {
        var file = Path.GetFullPath(path);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException("There is no file to probe.", path);
        }
        // FFMpegCore passes the path inside one quoted argument string, not through ArgumentList. A full path
        // starts with '/', so it is never read as an option or a protocol; a quote or backslash could end it early.
        if (file.Contains('"', StringComparison.Ordinal) || file.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException("A path given to ffprobe cannot contain quotes or backslashes.", nameof(path));
        }
        var options = tools.FfmpegCoreOptions(tools.Ffprobe);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var analysis = await FFProbe.AnalyseAsync(file, options, MaxPixelsArgument(maxPixels), timeout.Token).ConfigureAwait(false);
            logger.LogDebug("Probed {File} with {Tool} in {Milliseconds:0.0} ms", Path.GetFileName(file), tools.Ffprobe.Path, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return (FfprobeReport.From(analysis), null);
        }
        catch (FFProbeProcessException ex)
        {
            // ffprobe names the file it could not read; that is our staging path, of no use to the uploader.
            var reason = ex.StandardError.LastOrDefault(line => !string.IsNullOrWhiteSpace(line))?.Replace(file + ":", "", StringComparison.Ordinal).Trim();
            return (null, string.IsNullOrEmpty(reason) ? $"ffprobe exited with code {ex.ExitCode}" : reason);
        }
        catch (FormatNullException)
        {
            return (null, "ffprobe found no container format in it");
        }
        catch (Exception ex) when (ex is Win32Exception or FFProbeException)
        {
            // FFMpegCore checks once that ffprobe runs ("-version") and reports a missing one this way.
            throw new ToolNotFoundException(tools.Ffprobe.Path, ex);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ProcessTimeoutException(tools.Ffprobe.Path, Timeout, "");
        }
    }

    private static string? MaxPixelsArgument(long? maxPixels) =>
        maxPixels is { } pixels ? string.Create(CultureInfo.InvariantCulture, $"-max_pixels {Math.Clamp(pixels, 1, int.MaxValue)}") : null;
}
