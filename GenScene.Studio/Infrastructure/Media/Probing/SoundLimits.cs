using System.Globalization;

namespace GenScene.Studio.Infrastructure.Media.Probing;

/// <summary>
/// How much sound an upload may hold, read from ffprobe's header figures: a long, very high-rate or
/// many-channel file costs memory and time in every later decode and mix. Each feature that takes audio
/// uploads (assets, jingles) holds its own settings; <paramref name="KeyPrefix"/> ("Jingles:Max") names them in messages.
/// </summary>
public sealed record SoundLimits(string KeyPrefix, double MaxSeconds, int MaxSampleRate, int MaxChannels)
{
    /// <summary>Why <paramref name="noun"/> ("sound", "jingle") is refused, in the uploader's words with the setting's key; null when it is within every limit.</summary>
    public string? Refusal(string noun, double seconds, int? sampleRate, int? channels)
    {
        var c = CultureInfo.InvariantCulture;
        if (seconds > MaxSeconds)
        {
            return string.Format(c, "The {0} lasts {1:0} s; the studio accepts up to {2:0} s ({3}).", noun, seconds, MaxSeconds, Key("Seconds"));
        }
        if (sampleRate > MaxSampleRate)
        {
            return string.Format(c, "The {0} is sampled at {1:N0} Hz; the studio accepts up to {2:N0} Hz ({3}).", noun, sampleRate, MaxSampleRate, Key("SampleRate"));
        }
        if (channels > MaxChannels)
        {
            return string.Format(c, "The {0} has {1} channels; the studio accepts up to {2} ({3}).", noun, channels, MaxChannels, Key("Channels"));
        }
        return null;
    }

    private string Key(string figure) => KeyPrefix + figure;
}
