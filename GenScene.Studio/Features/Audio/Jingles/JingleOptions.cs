using System.ComponentModel.DataAnnotations;
using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Features.Audio.Jingles;

/// <summary>Section "Jingles": upload limits.</summary>
public sealed class JingleOptions
{
    public const string Section = "Jingles";

    [Range(1, 1024, ErrorMessage = "Jingles:MaxMegabytes must be between {1} and {2}.")]
    public int MaxMegabytes { get; set; } = 20;

    [Range(1, 3600, ErrorMessage = "Jingles:MaxSeconds must be between {1} and {2}.")]
    public int MaxSeconds { get; set; } = 300;

    [Range(8000, 768000, ErrorMessage = "Jingles:MaxSampleRate must be between {1} and {2}.")]
    public int MaxSampleRate { get; set; } = 192000;

    [Range(1, 64, ErrorMessage = "Jingles:MaxChannels must be between {1} and {2}.")]
    public int MaxChannels { get; set; } = 8;

    public SoundLimits Sound => new($"{Section}:Max", MaxSeconds, MaxSampleRate, MaxChannels);

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;
}
