using System.ComponentModel.DataAnnotations;

namespace GenScene.Studio.Infrastructure.Startup;

/// <summary>The studio's own settings, section "GenScene". Each message names its configuration key.</summary>
public sealed class StudioOptions
{
    public const string Section = "GenScene";

    [Required(AllowEmptyStrings = false, ErrorMessage = "GenScene:DataDirectory must name a directory.")]
    public string DataDirectory { get; set; } = "data";

    /// <summary>FFMpegCore (ADR 0016) runs "ffmpeg" and "ffprobe" from a folder: the file names are fixed, the folders are not.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "GenScene:FfmpegPath must name the ffmpeg executable.")]
    [RegularExpression(@"^(.*/)?ffmpeg$", ErrorMessage = "GenScene:FfmpegPath must name an executable called ffmpeg (a path such as /opt/ffmpeg/bin/ffmpeg, or ffmpeg to take it from PATH).")]
    public string FfmpegPath { get; set; } = "ffmpeg";

    [Required(AllowEmptyStrings = false, ErrorMessage = "GenScene:FfprobePath must name the ffprobe executable.")]
    [RegularExpression(@"^(.*/)?ffprobe$", ErrorMessage = "GenScene:FfprobePath must name an executable called ffprobe (a path such as /opt/ffmpeg/bin/ffprobe, or ffprobe to take it from PATH).")]
    public string FfprobePath { get; set; } = "ffprobe";

    [Required(AllowEmptyStrings = false, ErrorMessage = "GenScene:EspeakPath must name the espeak-ng executable.")]
    public string EspeakPath { get; set; } = "espeak-ng";

    /// <summary>SVOX Pico's command (Debian libttspico-utils). Optional: without it the studio speaks with espeak-ng.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "GenScene:PicoPath must name the pico2wave executable.")]
    public string PicoPath { get; set; } = "pico2wave";

    /// <summary>The pages' language when neither the user's choice nor the browser's Accept-Language names es or en.</summary>
    [RegularExpression("^(es|en)$", ErrorMessage = "GenScene:DefaultCulture must be es or en.")]
    public string DefaultCulture { get; set; } = "es";

    [Range(1, 3600, ErrorMessage = "GenScene:ShutdownTimeoutSeconds must be between {1} and {2} seconds.")]
    public int ShutdownTimeoutSeconds { get; set; } = 30;

    [Range(0, 1_000_000, ErrorMessage = "GenScene:MinFreeDiskMegabytes must be between {1} and {2}.")]
    public long MinFreeDiskMegabytes { get; set; } = 1024;

    [Range(1, 120, ErrorMessage = "GenScene:ToolProbeTimeoutSeconds must be between {1} and {2} seconds.")]
    public int ToolProbeTimeoutSeconds { get; set; } = 10;
}
