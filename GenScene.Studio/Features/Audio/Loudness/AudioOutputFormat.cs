namespace GenScene.Studio.Features.Audio.Loudness;

public enum AudioOutputFormat
{
    /// <summary>PCM 16-bit WAV: lossless, for further editing and for the video composition.</summary>
    Wav,

    /// <summary>Constant bit rate MP3 (libmp3lame): for download and players.</summary>
    Mp3,
}

internal static class AudioOutputFormatArguments
{
    public static string[] For(AudioOutputFormat format, AudioOptions options) => format switch
    {
        AudioOutputFormat.Wav => ["-c:a", "pcm_s16le", "-f", "wav"],
        AudioOutputFormat.Mp3 => ["-c:a", "libmp3lame", "-b:a", $"{options.Mp3BitrateKbps}k", "-f", "mp3"],
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown audio output format."),
    };

    public static string Extension(AudioOutputFormat format) => format == AudioOutputFormat.Mp3 ? ".mp3" : ".wav";
}
