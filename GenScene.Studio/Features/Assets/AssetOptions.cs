using System.ComponentModel.DataAnnotations;
using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Features.Assets;

/// <summary>Section "Assets": upload limits per kind. Every message names its configuration key.</summary>
public sealed class AssetOptions
{
    public const string Section = "Assets";

    [Range(1, 1024, ErrorMessage = "Assets:MaxImageMegabytes must be between {1} and {2}.")]
    public int MaxImageMegabytes { get; set; } = 25;

    [Range(1, 10240, ErrorMessage = "Assets:MaxVideoMegabytes must be between {1} and {2}.")]
    public int MaxVideoMegabytes { get; set; } = 500;

    [Range(1, 2048, ErrorMessage = "Assets:MaxAudioMegabytes must be between {1} and {2}.")]
    public int MaxAudioMegabytes { get; set; } = 100;

    [Range(1, 14400, ErrorMessage = "Assets:MaxVideoSeconds must be between {1} and {2}.")]
    public int MaxVideoSeconds { get; set; } = 600;

    [Range(1, 1000, ErrorMessage = "Assets:MaxImageMegapixels must be between {1} and {2}.")]
    public int MaxImageMegapixels { get; set; } = 40;

    [Range(16, 65535, ErrorMessage = "Assets:MaxImageSide must be between {1} and {2}.")]
    public int MaxImageSide { get; set; } = 12000;

    [Range(16, 16384, ErrorMessage = "Assets:MaxVideoSide must be between {1} and {2}.")]
    public int MaxVideoSide { get; set; } = 4096;

    [Range(1, 1000, ErrorMessage = "Assets:MaxVideoFramesPerSecond must be between {1} and {2}.")]
    public int MaxVideoFramesPerSecond { get; set; } = 120;

    [Range(1, 86400, ErrorMessage = "Assets:MaxAudioSeconds must be between {1} and {2}.")]
    public int MaxAudioSeconds { get; set; } = 3600;

    [Range(8000, 768000, ErrorMessage = "Assets:MaxAudioSampleRate must be between {1} and {2}.")]
    public int MaxAudioSampleRate { get; set; } = 192000;

    [Range(1, 64, ErrorMessage = "Assets:MaxAudioChannels must be between {1} and {2}.")]
    public int MaxAudioChannels { get; set; } = 8;

    /// <summary>The sound of an audio asset, and the sound track of a video.</summary>
    public SoundLimits Sound => new($"{Section}:MaxAudio", MaxAudioSeconds, MaxAudioSampleRate, MaxAudioChannels);

    /// <summary>The largest frame ffprobe may decode while probing an upload: no accepted picture or clip is larger.</summary>
    public long MaxDecodedPixels => Math.Max(MaxImageMegapixels * 1_000_000L, (long)MaxVideoSide * MaxVideoSide);

    public int MaxMegabytes(AssetKind kind) => kind switch
    {
        AssetKind.Image => MaxImageMegabytes,
        AssetKind.Video => MaxVideoMegabytes,
        _ => MaxAudioMegabytes,
    };

    public static string KeyOf(AssetKind kind) => $"{Section}:Max{kind}Megabytes";

    /// <summary>No upload of any kind may be larger; reading stops here before the kind is known.</summary>
    public AssetKind LargestKind => Enum.GetValues<AssetKind>().MaxBy(MaxMegabytes);

    public static long Bytes(int megabytes) => megabytes * 1024L * 1024L;
}
