using System.Text.Json;
using System.Text.Json.Serialization;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Styles;

/// <summary>The colour balance of shadows, midtones and highlights, each channel -1 to 1 (colorbalance).</summary>
public sealed record ColorGrade(
    double ShadowsRed = 0, double ShadowsGreen = 0, double ShadowsBlue = 0,
    double MidtonesRed = 0, double MidtonesGreen = 0, double MidtonesBlue = 0,
    double HighlightsRed = 0, double HighlightsGreen = 0, double HighlightsBlue = 0)
{
    public IEnumerable<double> Values => [ShadowsRed, ShadowsGreen, ShadowsBlue, MidtonesRed, MidtonesGreen, MidtonesBlue, HighlightsRed, HighlightsGreen, HighlightsBlue];
}

/// <summary>Text the look draws over the picture. Only these fixed texts exist; no caller's text is ever drawn.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LookOverlay>))]
public enum LookOverlay
{
    None,
    /// <summary>A camcorder's "PLAY" and date in the lower left corner.</summary>
    DateStamp,
}

/// <summary>
/// A style's look: numbers in checked ranges and enums, never text, so it can be stored as JSON and
/// turned into an ffmpeg chain by <see cref="StyleLookFilters"/>. Build one with <see cref="StyleLookBuilder"/>,
/// which rejects values out of range; a look read back from storage is checked with <see cref="Validate"/>.
/// </summary>
public sealed record StyleLook
{
    public static readonly StyleLook Plain = new();

    public ColorGrade? Grade { get; init; }
    public double Brightness { get; init; }
    public double Contrast { get; init; } = 1;
    public double Saturation { get; init; } = 1;
    public bool Monochrome { get; init; }
    public double Softness { get; init; }
    public double ChromaBleed { get; init; }
    public int ChromaShift { get; init; }
    public double Bloom { get; init; }
    public int Posterize { get; init; }
    public double Edges { get; init; }
    public double Vignette { get; init; }
    public int Grain { get; init; }
    public double Scanlines { get; init; }
    public double Drift { get; init; }
    /// <summary>The picture's aspect ratio inside the frame (2.39 letterboxes 16:9, 1.333 pillarboxes it); 0 for none.</summary>
    public double FrameAspect { get; init; }
    public LookOverlay Overlay { get; init; }

    /// <summary>Whether the look changes the picture every frame (temporal grain, drift), so even a still scene is moving video to encode.</summary>
    public bool Moves => Grain > 0 || Drift > 0;

    /// <summary>The checked range of every number, by JSON name: one table for the builder, validation and the docs.</summary>
    public static readonly IReadOnlyDictionary<string, (double Min, double Max)> Ranges = new Dictionary<string, (double, double)>
    {
        ["grade"] = (-1, 1),
        ["brightness"] = (-0.5, 0.5),
        ["contrast"] = (0.2, 3),
        ["saturation"] = (0, 3),
        ["softness"] = (0, 4),
        ["chromaBleed"] = (0, 8),
        ["chromaShift"] = (0, 16),
        ["bloom"] = (0, 1),
        ["posterize"] = (0, 32),
        ["edges"] = (0, 3),
        ["vignette"] = (0, 1.5),
        ["grain"] = (0, 60),
        ["scanlines"] = (0, 0.8),
        ["drift"] = (0, 24),
        ["frameAspect"] = (0, 3),
    };

    /// <summary>Per-field errors (JSON names), empty when every value is in range.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Check(string name, double value)
        {
            var (min, max) = Ranges[name];
            if (!double.IsFinite(value) || value < min || value > max)
            {
                errors[name] = [Texts<StylesText>.Format("LookRange", name, min, max)];
            }
        }
        foreach (var value in Grade?.Values ?? [])
        {
            Check("grade", value);
        }
        Check("brightness", Brightness);
        Check("contrast", Contrast);
        Check("saturation", Saturation);
        Check("softness", Softness);
        Check("chromaBleed", ChromaBleed);
        Check("chromaShift", ChromaShift);
        Check("bloom", Bloom);
        Check("posterize", Posterize);
        if (Posterize == 1) { errors["posterize"] = [Texts<StylesText>.Get("PosterizeRule")]; }
        Check("edges", Edges);
        Check("vignette", Vignette);
        Check("grain", Grain);
        Check("scanlines", Scanlines);
        Check("drift", Drift);
        Check("frameAspect", FrameAspect);
        if (FrameAspect is > 0 and < 0.5) { errors["frameAspect"] = [Texts<StylesText>.Get("FrameAspectRule")]; }
        if (!Enum.IsDefined(Overlay)) { errors["overlay"] = [Texts<StylesText>.Get("OverlayRule")]; }
        return errors;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a stored look and refuses one that is out of range rather than render it.</summary>
    public static StyleLook FromJson(string json)
    {
        var look = JsonSerializer.Deserialize<StyleLook>(json, Json) ?? throw new JsonException("The look is null.");
        var errors = look.Validate();
        return errors.Count == 0 ? look : throw new ArgumentException("The stored look is invalid: " + string.Join(" ", errors.Values.SelectMany(m => m)));
    }
}
