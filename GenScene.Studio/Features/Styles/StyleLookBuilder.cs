namespace GenScene.Studio.Features.Styles;

/// <summary>
/// Composes a <see cref="StyleLook"/> from the fixed building blocks. Every method checks its
/// numbers against <see cref="StyleLook.Ranges"/> and throws <see cref="ArgumentOutOfRangeException"/> otherwise.
/// </summary>
public sealed class StyleLookBuilder
{
    private StyleLook _look = StyleLook.Plain;

    public StyleLookBuilder Grade(ColorGrade grade)
    {
        foreach (var value in grade.Values) { InRange("grade", value); }
        _look = _look with { Grade = grade };
        return this;
    }

    public StyleLookBuilder Brightness(double value) => Set("brightness", value, l => l with { Brightness = value });
    public StyleLookBuilder Contrast(double value) => Set("contrast", value, l => l with { Contrast = value });
    public StyleLookBuilder Saturation(double value) => Set("saturation", value, l => l with { Saturation = value });
    public StyleLookBuilder Monochrome() { _look = _look with { Monochrome = true, Saturation = 0 }; return this; }
    public StyleLookBuilder Soften(double radius) => Set("softness", radius, l => l with { Softness = radius });
    public StyleLookBuilder ChromaBleed(double radius) => Set("chromaBleed", radius, l => l with { ChromaBleed = radius });
    public StyleLookBuilder ChromaShift(int pixels) => Set("chromaShift", pixels, l => l with { ChromaShift = pixels });
    public StyleLookBuilder Bloom(double amount) => Set("bloom", amount, l => l with { Bloom = amount });
    public StyleLookBuilder Edges(double amount) => Set("edges", amount, l => l with { Edges = amount });
    public StyleLookBuilder Vignette(double angle) => Set("vignette", angle, l => l with { Vignette = angle });
    public StyleLookBuilder Grain(int strength) => Set("grain", strength, l => l with { Grain = strength });
    public StyleLookBuilder Scanlines(double opacity) => Set("scanlines", opacity, l => l with { Scanlines = opacity });
    public StyleLookBuilder Drift(double pixels) => Set("drift", pixels, l => l with { Drift = pixels });

    public StyleLookBuilder Posterize(int levels)
    {
        if (levels < 2) { throw new ArgumentOutOfRangeException(nameof(levels), levels, "posterize is 2 to 32 levels."); }
        return Set("posterize", levels, l => l with { Posterize = levels });
    }

    /// <summary>Bars that frame the picture at this aspect ratio: wider than the frame letterboxes, narrower pillarboxes.</summary>
    public StyleLookBuilder FrameAspect(double aspect)
    {
        if (aspect < 0.5) { throw new ArgumentOutOfRangeException(nameof(aspect), aspect, "frameAspect is 0.5 to 3."); }
        return Set("frameAspect", aspect, l => l with { FrameAspect = aspect });
    }

    public StyleLookBuilder Overlay(LookOverlay overlay)
    {
        if (!Enum.IsDefined(overlay)) { throw new ArgumentOutOfRangeException(nameof(overlay), overlay, "Unknown overlay."); }
        _look = _look with { Overlay = overlay };
        return this;
    }

    public StyleLook Build() => _look;

    private StyleLookBuilder Set(string name, double value, Func<StyleLook, StyleLook> apply)
    {
        InRange(name, value);
        _look = apply(_look);
        return this;
    }

    private static void InRange(string name, double value)
    {
        var (min, max) = StyleLook.Ranges[name];
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        }
    }
}
