using System.ComponentModel.DataAnnotations;

namespace GenScene.Studio.Features.Audio;

/// <summary>Section "Audio": loudness targets, ducking and encoding. Every message names its configuration key.</summary>
public sealed class AudioOptions
{
    public const string Section = "Audio";

    /// <summary>-16 LUFS is the usual target for spoken content on the web and in podcasts; loudnorm accepts -70 to -5.</summary>
    [Range(-40.0, -5.0, ErrorMessage = "Audio:TargetIntegratedLufs must be between {1} and {2}.")]
    public double TargetIntegratedLufs { get; set; } = -16;

    [Range(-9.0, 0.0, ErrorMessage = "Audio:TargetTruePeakDb must be between {1} and {2}.")]
    public double TargetTruePeakDb { get; set; } = -1.5;

    [Range(1.0, 50.0, ErrorMessage = "Audio:TargetLoudnessRange must be between {1} and {2}.")]
    public double TargetLoudnessRange { get; set; } = 11;

    /// <summary>How far the music bed goes under the voice while it speaks.</summary>
    [Range(3.0, 36.0, ErrorMessage = "Audio:DuckingDepthDb must be between {1} and {2}.")]
    public double DuckingDepthDb { get; set; } = 18;

    /// <summary>How fast the bed comes back after the voice stops; long enough not to pump between words.</summary>
    [Range(10, 5000, ErrorMessage = "Audio:DuckingReleaseMs must be between {1} and {2}.")]
    public int DuckingReleaseMs { get; set; } = 400;

    [Range(1, 500, ErrorMessage = "Audio:DuckingAttackMs must be between {1} and {2}.")]
    public int DuckingAttackMs { get; set; } = 20;

    [Range(0.0, 10.0, ErrorMessage = "Audio:BedFadeSeconds must be between {1} and {2}.")]
    public double BedFadeSeconds { get; set; } = 1.0;

    /// <summary>Only the constant bit rates MPEG-1 Layer III defines at 32 to 48 kHz.</summary>
    [AllowedValues(32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320,
        ErrorMessage = "Audio:Mp3BitrateKbps must be an MP3 bit rate (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256 or 320).")]
    public int Mp3BitrateKbps { get; set; } = 192;

    /// <summary>The rate of every output; MP3 cannot go above 48 kHz.</summary>
    [AllowedValues(44100, 48000, ErrorMessage = "Audio:SampleRate must be 44100 or 48000.")]
    public int SampleRate { get; set; } = 48000;
}
