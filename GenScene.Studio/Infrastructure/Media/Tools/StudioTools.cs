using System.Text.RegularExpressions;
using FFMpegCore;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Startup;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Infrastructure.Media.Tools;

/// <summary>The external tools as configured: ffmpeg and ffprobe for media, espeak-ng and pico2wave for offline speech.</summary>
public sealed partial class StudioTools(IOptions<StudioOptions> options)
{
    public ExternalTool Ffmpeg { get; } = new("ffmpeg", options.Value.FfmpegPath, ["-hide_banner", "-version"], FfmpegVersion(), "ffmpeg");
    public ExternalTool Ffprobe { get; } = new("ffprobe", options.Value.FfprobePath, ["-hide_banner", "-version"], FfprobeVersion(), "ffmpeg");
    public ExternalTool Espeak { get; } = new("espeak-ng", options.Value.EspeakPath, ["--version"], EspeakVersion(), "espeak-ng");

    /// <summary>pico2wave has no version flag; "--usage" proves it runs, and PicoEngine dates its lingware for the cache key.</summary>
    public ExternalTool Pico { get; } = new("pico2wave", options.Value.PicoPath, ["--usage"], PicoUsage(), "libttspico-utils");

    /// <summary>
    /// FFMpegCore's options for one of the two FFmpeg tools, passed with every call rather than set in
    /// GlobalFFOptions: one test process hosts several studios with different settings. FFMpegCore runs
    /// BinaryFolder/ffprobe (StudioOptions requires that file name) and, when that file is missing, quietly
    /// falls back to whatever ffprobe is on PATH; a configured path that does not exist is refused here
    /// instead, as the process runner would refuse it.
    /// </summary>
    public FFOptions FfmpegCoreOptions(ExternalTool tool)
    {
        if (Path.IsPathRooted(tool.Path) && !File.Exists(tool.Path))
        {
            throw new ToolNotFoundException(tool.Path, new FileNotFoundException($"{tool.Name} is configured at '{tool.Path}', where there is no file.", tool.Path));
        }
        return new FFOptions { BinaryFolder = Path.GetDirectoryName(tool.Path) ?? "" };
    }

    [GeneratedRegex(@"ffmpeg version (\S+)")]
    private static partial Regex FfmpegVersion();

    [GeneratedRegex(@"ffprobe version (\S+)")]
    private static partial Regex FfprobeVersion();

    [GeneratedRegex(@"text-to-speech:\s*(\S+)")]
    private static partial Regex EspeakVersion();

    [GeneratedRegex(@"Usage: (pico2wave)")]
    private static partial Regex PicoUsage();
}
