using GenScene.Studio.Infrastructure.Localization;
using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Features.Assets;

/// <summary>
/// What an upload may hold beyond its bytes: pixels, frame rate, length, sample rate and channels.
/// A small file can decode to gigabytes (a 750 KB PNG of 16000x16000 pixels is 770 MB decoded), so these
/// are checked from headers before anything decodes it, and refused with 413 in the uploader's words.
/// </summary>
internal static class AssetShapeLimits
{
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
                CheckSound(Texts<AssetsText>.Get("SoundOfVideo"), media.DurationSeconds ?? 0, report.Streams.FirstOrDefault(s => s.IsAudio), limits.Sound with { MaxSeconds = double.MaxValue });
                break;
            default:
                CheckSound(MediaFormat.Noun(AssetKind.Audio), media.DurationSeconds ?? 0, report.Streams.FirstOrDefault(s => s.IsAudio), limits.Sound);
                break;
        }
    }

    private static void CheckPicture(int width, int height, AssetOptions limits)
    {
        var megapixels = (long)width * height / 1_000_000.0;
        if (megapixels > limits.MaxImageMegapixels || width > limits.MaxImageSide || height > limits.MaxImageSide)
        {
            throw TooLarge(Texts<AssetsText>.Format("PictureTooBig",
                width, height, megapixels, limits.MaxImageMegapixels, limits.MaxImageSide, AssetOptions.Section));
        }
    }

    private static void CheckClip(DetectedMedia media, FfprobeStreamInfo? picture, AssetOptions limits)
    {
        if (media.Width > limits.MaxVideoSide || media.Height > limits.MaxVideoSide)
        {
            throw TooLarge(Texts<AssetsText>.Format("VideoTooBig",
                media.Width, media.Height, limits.MaxVideoSide, AssetOptions.Section));
        }
        if (picture?.FrameRate is { } fps && fps > limits.MaxVideoFramesPerSecond)
        {
            throw TooLarge(Texts<AssetsText>.Format("VideoFps",
                fps, limits.MaxVideoFramesPerSecond, AssetOptions.Section));
        }
        if (media.DurationSeconds > limits.MaxVideoSeconds)
        {
            throw TooLarge(Texts<AssetsText>.Format("VideoTooLong",
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
