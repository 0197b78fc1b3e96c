using System.Globalization;
using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Features.Assets;

/// <summary>
/// What an upload may hold beyond its bytes: pixels, frame rate, length, sample rate and channels.
/// A small file can decode to gigabytes (a 750 KB PNG of 16000x16000 pixels is 770 MB decoded), so these
/// are checked from headers before anything decodes it, and refused with 413 in the uploader's words.
/// </summary>
internal static class AssetShapeLimits
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Read from the picture's own header, before ffprobe (which decodes a still to describe it).</summary>
    public static void CheckPictureHeader(string path, AssetOptions limits)
    {
        if (PictureHeader.ReadSize(path) is { } size)
        {
            CheckPicture(size.Width, size.Height, limits);
        }
    }

    /// <summary>From ffprobe's report of a file already classified as <paramref name="media"/>.</summary>
    public static void Check(DetectedMedia media, FfprobeReport report, AssetOptions limits)
    {
        switch (media.Kind)
        {
            case AssetKind.Image:
                CheckPicture(media.Width ?? 0, media.Height ?? 0, limits);
                break;
            case AssetKind.Video:
                CheckClip(media, report.Streams.FirstOrDefault(s => s.IsVideo), limits);
                CheckSound("video's sound", media.DurationSeconds ?? 0, report.Streams.FirstOrDefault(s => s.IsAudio), limits.Sound with { MaxSeconds = double.MaxValue });
                break;
            default:
                CheckSound("sound", media.DurationSeconds ?? 0, report.Streams.FirstOrDefault(s => s.IsAudio), limits.Sound);
                break;
        }
    }

    private static void CheckPicture(int width, int height, AssetOptions limits)
    {
        var megapixels = (long)width * height / 1_000_000.0;
        if (megapixels > limits.MaxImageMegapixels || width > limits.MaxImageSide || height > limits.MaxImageSide)
        {
            throw TooLarge(string.Format(C,
                "The picture is {0}x{1} pixels ({2:0.#} megapixels); the studio accepts up to {3:N0} megapixels and {4:N0} pixels a side ({5}:MaxImageMegapixels, {5}:MaxImageSide).",
                width, height, megapixels, limits.MaxImageMegapixels, limits.MaxImageSide, AssetOptions.Section));
        }
    }

    private static void CheckClip(DetectedMedia media, FfprobeStreamInfo? picture, AssetOptions limits)
    {
        if (media.Width > limits.MaxVideoSide || media.Height > limits.MaxVideoSide)
        {
            throw TooLarge(string.Format(C, "The video is {0}x{1} pixels; the studio accepts up to {2:N0}x{2:N0} ({3}:MaxVideoSide).",
                media.Width, media.Height, limits.MaxVideoSide, AssetOptions.Section));
        }
        if (picture?.FrameRate is { } fps && fps > limits.MaxVideoFramesPerSecond)
        {
            throw TooLarge(string.Format(C, "The video runs at {0:0.##} frames per second; the studio accepts up to {1} ({2}:MaxVideoFramesPerSecond).",
                fps, limits.MaxVideoFramesPerSecond, AssetOptions.Section));
        }
        if (media.DurationSeconds > limits.MaxVideoSeconds)
        {
            throw TooLarge(string.Format(C, "The video lasts {0:0} s; the studio accepts up to {1} s ({2}:MaxVideoSeconds).",
                media.DurationSeconds, limits.MaxVideoSeconds, AssetOptions.Section));
        }
    }

    private static void CheckSound(string noun, double seconds, FfprobeStreamInfo? sound, SoundLimits limits)
    {
        if (sound is not null && limits.Refusal(noun, seconds, sound.SampleRate, sound.Channels) is { } refusal)
        {
            throw TooLarge(refusal);
        }
    }

    private static AssetRejectedException TooLarge(string message) => new(StatusCodes.Status413PayloadTooLarge, message);
}
