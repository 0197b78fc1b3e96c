using System.ComponentModel.DataAnnotations;

namespace GenScene.Studio.Features.Audio.Jingles;

/// <summary>Section "Jingles": upload limits.</summary>
public sealed class JingleOptions
{
    public const string Section = "Jingles";

    [Range(1, 1024, ErrorMessage = "Jingles:MaxMegabytes must be between {1} and {2}.")]
    public int MaxMegabytes { get; set; } = 20;

    [Range(1, 3600, ErrorMessage = "Jingles:MaxSeconds must be between {1} and {2}.")]
    public int MaxSeconds { get; set; } = 300;

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;
}
