using System.Text.Json.Serialization;

namespace GenScene.Studio.Features.Assets;

/// <summary>An asset over HTTP. Width and height are left out for sound, the duration for pictures.</summary>
public sealed record AssetResponse(
    string Id,
    string Kind,
    string ContentType,
    long Bytes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Width,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Height,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? DurationSeconds,
    bool HasAudio,
    string FileName,
    string Sha256,
    DateTimeOffset CreatedAt,
    string ContentUrl,
    string ThumbnailUrl)
{
    public static AssetResponse From(Asset a) => new(
        a.Id, a.Kind.ToString().ToLowerInvariant(), a.ContentType, a.Bytes, a.Width, a.Height, a.DurationSeconds, a.HasAudio,
        a.OriginalFileName, a.Sha256, a.CreatedAt, AssetUrls.Content(a), AssetUrls.Thumbnail(a));
}

/// <summary>Where an asset's file and thumbnail are served; pages use the same addresses.</summary>
public static class AssetUrls
{
    public static string Content(Asset asset) => $"/api/assets/{asset.Id}/content";

    public static string Thumbnail(Asset asset) => $"/api/assets/{asset.Id}/thumbnail";
}
