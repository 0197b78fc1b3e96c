using System.Text.RegularExpressions;
using GenScene.Studio.Infrastructure.Startup;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Health;

/// <summary>The external tools as configured: ffmpeg and ffprobe for media, espeak-ng for offline speech.</summary>
public sealed partial class StudioTools(IOptions<StudioOptions> options)
{
    public ExternalTool Ffmpeg { get; } = new("ffmpeg", options.Value.FfmpegPath, ["-hide_banner", "-version"], FfmpegVersion(), "ffmpeg");
    public ExternalTool Ffprobe { get; } = new("ffprobe", options.Value.FfprobePath, ["-hide_banner", "-version"], FfprobeVersion(), "ffmpeg");
    public ExternalTool Espeak { get; } = new("espeak-ng", options.Value.EspeakPath, ["--version"], EspeakVersion(), "espeak-ng");

    [GeneratedRegex(@"ffmpeg version (\S+)")]
    private static partial Regex FfmpegVersion();

    [GeneratedRegex(@"ffprobe version (\S+)")]
    private static partial Regex FfprobeVersion();

    [GeneratedRegex(@"text-to-speech:\s*(\S+)")]
    private static partial Regex EspeakVersion();
}
