using System.ComponentModel.DataAnnotations;

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
