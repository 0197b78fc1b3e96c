using System.ComponentModel.DataAnnotations;

namespace GenScene.Studio.Features.Styles;

public sealed class StylesOptions
{
    public const string Section = "Styles";

    /// <summary>How long a rendered preview is served before it is rendered again.</summary>
    [Range(0.01, 24 * 365)]
    public double PreviewCacheHours { get; set; } = 24;

    /// <summary>Preview renders (ffmpeg runs) at once; never more than the machine has cores.</summary>
    [Range(1, 16)]
    public int PreviewParallelism { get; set; } = 3;

    [Required]
    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype/dejavu";
}
