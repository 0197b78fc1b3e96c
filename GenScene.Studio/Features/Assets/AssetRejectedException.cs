namespace GenScene.Studio.Features.Assets;

/// <summary>The upload is refused and nothing was kept; HTTP maps <see cref="StatusCode"/> (413 too large, 415 not an accepted format, 400 otherwise).</summary>
public sealed class AssetRejectedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
