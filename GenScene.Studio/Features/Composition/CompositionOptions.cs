using System.ComponentModel.DataAnnotations;

namespace GenScene.Studio.Features.Composition;

/// <summary>Section "Composition": how episodes are encoded. Every message names its configuration key.</summary>
public sealed class CompositionOptions
{
    public const string Section = "Composition";

    /// <summary>x264 preset; "medium" costs about 50% more time than "veryfast" for slideshow content (FFMPEG_NOTES).</summary>
    [AllowedValues("ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow",
        ErrorMessage = "Composition:Preset must be an x264 preset from ultrafast to slow.")]
    public string Preset { get; set; } = "veryfast";

    [Range(0, 51, ErrorMessage = "Composition:Crf must be between {1} and {2}.")]
    public int Crf { get; set; } = 23;

    /// <summary>Segments encoded at once; two keeps both cores busy, which one x264 of this content does not.</summary>
    [Range(1, 16, ErrorMessage = "Composition:Parallelism must be between {1} and {2}.")]
    public int Parallelism { get; set; } = 2;

    /// <summary>
    /// Scenes voiced at once. Voicing a sentence is a chain of short processes that wait on process
    /// start-up more than they compute (two chains kept 0.6 of a core busy on 2 cores), so four are in
    /// flight. ElevenLabs plans allow 2 to 5 requests at once: lower this with a small plan, or a
    /// refused request falls back to an espeak-ng voice.
    /// </summary>
    [Range(1, 16, ErrorMessage = "Composition:VoicingParallelism must be between {1} and {2}.")]
    public int VoicingParallelism { get; set; } = 4;

    /// <summary>How far zoom-in, zoom-out and pan move: 0.15 ends 15% closer.</summary>
    [Range(0.01, 1.0, ErrorMessage = "Composition:MotionZoom must be between {1} and {2}.")]
    public double MotionZoom { get; set; } = 0.15;

    /// <summary>Background of title cards (scenes without an asset), as ffmpeg's color names or 0xRRGGBB.</summary>
    [RegularExpression("^(0x[0-9A-Fa-f]{6}|[a-z]+)$", ErrorMessage = "Composition:TitleBackground must be 0xRRGGBB or a colour name.")]
    public string TitleBackground { get; set; } = "0x1d2b53";

    [Required(ErrorMessage = "Composition:FontFile is required.")]
    public string FontFile { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>Rendered segments kept for reuse; past this the least recently used go.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Composition:SegmentCacheMaxMegabytes must be between {1} and {2}.")]
    public long SegmentCacheMaxMegabytes { get; set; } = 5000;

    /// <summary>How long the music fades out at the end of the episode.</summary>
    [Range(0.0, 10.0, ErrorMessage = "Composition:MusicFadeOutSeconds must be between {1} and {2}.")]
    public double MusicFadeOutSeconds { get; set; } = 2;
}
