namespace GenScene.Studio.Features.Assets;

public enum AssetKind
{
    Image,
    Video,
    Audio,
}

/// <summary>
/// A picture, video or sound uploaded for episodes. Everything but <see cref="OriginalFileName"/> comes
/// from the file's content (ffprobe), never from what the client said; the file is stored by its hash.
/// </summary>
public sealed class Asset
{
    public required string Id { get; set; }
    public AssetKind Kind { get; set; }
    public required string ContentType { get; set; }
    public long Bytes { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content; unique, so the same file uploaded twice is one asset.</summary>
    public required string Sha256 { get; set; }

    public int? Width { get; set; }
    public int? Height { get; set; }
    public double? DurationSeconds { get; set; }

    /// <summary>A video with a sound track (an audio asset is sound; an image never has any).</summary>
    public bool HasAudio { get; set; }

    /// <summary>The uploader's name for the file, for display only: it decides nothing.</summary>
    public required string OriginalFileName { get; set; }

    public required string StoredFileName { get; set; }
    public required string ThumbnailFileName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
