namespace GenScene.Studio.Features.Styles;

/// <summary>The seven styles every studio starts with, and the four categories.</summary>
public static class StyleSeeds
{
    public static readonly IReadOnlyList<(string Id, string Name)> Categories =
    [
        ("realistic", "Realistic"), ("animated", "Animated"), ("vintage", "Vintage"), ("artistic", "Artistic"),
    ];

    private sealed record Seed(string Id, string Name, string Category, string Description, string[] Palette, string[] Keywords,
        string DemoScene, string CaptionFont, string CaptionColor, string CaptionOutline, string Transition, StyleLook Look);

    private static readonly Seed[] All =
    [
        new("cinematic-realism", "Cinematic Realism", "realistic",
            "Blockbuster realism: a teal-and-orange grade, 2.39:1 letterbox bars and fine film grain.",
            ["#0f3b4c", "#1f6f8b", "#e07a3f", "#f4b860", "#101418"], ["cinematic", "teal and orange", "widescreen", "film grain"],
            "a city at sunset under dramatic light", "DejaVuSans-Bold.ttf", "#ffffff", "#000000", Transitions.Crossfade,
            new StyleLookBuilder().Grade(new ColorGrade(ShadowsRed: -0.12, ShadowsBlue: 0.18, HighlightsRed: 0.14, HighlightsGreen: 0.04, HighlightsBlue: -0.12))
                .Contrast(1.12).Saturation(1.1).Vignette(0.35).Grain(6).FrameAspect(2.39).Build()),
        new("stylized-3d", "Stylized 3D", "animated",
            "Bright, saturated, soft-lit 3D animation, Pixar-lite, with a gentle bloom.",
            ["#ff6b6b", "#ffd93d", "#6bcB77", "#4d96ff", "#f6f7fb"], ["3d", "animated", "bright", "bloom", "family"],
            "a futuristic robot, Pixar-lite", "DejaVuSans-Bold.ttf", "#ffffff", "#1b2a4a", Transitions.Crossfade,
            new StyleLookBuilder().Brightness(0.05).Contrast(1.05).Saturation(1.45).Bloom(0.35).Build()),
        new("anime", "Anime", "animated",
            "Cel-shaded anime: flattened, posterized colour, strengthened edges and high saturation.",
            ["#ffb7c5", "#ff5d8f", "#5ec8f2", "#2b2d42", "#fff4e6"], ["anime", "cel shading", "vivid", "manga"],
            "a character under cherry blossoms", "DejaVuSans-Bold.ttf", "#ffffff", "#2b2d42", Transitions.Cut,
            new StyleLookBuilder().Saturation(1.6).Posterize(6).Edges(1.6).Build()),
        new("documentary-grit", "Documentary Grit", "realistic",
            "Observational documentary: desaturated, grainy, with a slight handheld drift.",
            ["#4a4e4d", "#8d8468", "#c2b280", "#2f3e46", "#d8d4c8"], ["documentary", "handheld", "gritty", "desaturated"],
            "a street photographer in a market", "DejaVuSans.ttf", "#f2f2f2", "#000000", Transitions.Cut,
            new StyleLookBuilder().Saturation(0.55).Contrast(1.08).Grain(14).Drift(6).Vignette(0.25).Build()),
        new("film-noir", "Film Noir", "vintage",
            "1940s noir: black and white, crushed contrast, a heavy vignette and film grain.",
            ["#0b0c10", "#1f2833", "#c5a059", "#45535e", "#8a8f94"], ["noir", "black and white", "detective", "shadows"],
            "a detective in a dark, rainy street", "DejaVuSerif-Bold.ttf", "#ffffff", "#000000", Transitions.FadeThroughBlack,
            new StyleLookBuilder().Monochrome().Contrast(1.6).Brightness(-0.06).Vignette(0.8).Grain(18).Build()),
        new("retro-vhs-90s", "Retro VHS 90s", "vintage",
            "A 90s camcorder tape: soft picture, bleeding and offset colour, noise, scanlines, a 4:3 frame and a date stamp.",
            ["#ff00a0", "#00e5ff", "#ffe600", "#3a0ca3", "#f1f1f1"], ["vhs", "90s", "camcorder", "home video", "retro"],
            "a 90s family home video", "DejaVuSansMono-Bold.ttf", "#ffffff", "#000000", Transitions.Cut,
            new StyleLookBuilder().Soften(1).ChromaBleed(4).ChromaShift(4).Saturation(1.2).Grain(16).Scanlines(0.35)
                .FrameAspect(4.0 / 3).Overlay(LookOverlay.DateStamp).Build()),
        new("fantasy-illustration", "Fantasy Illustration", "artistic",
            "A painted storybook: warm light, glowing highlights and soft painterly colour.",
            ["#2d1b4e", "#7b2d8b", "#f2a541", "#e76f51", "#f4e1b5"], ["fantasy", "illustration", "painterly", "magic", "warm"],
            "a wizard in a magic library", "DejaVuSerif.ttf", "#fff3d6", "#2d1b4e", Transitions.Crossfade,
            new StyleLookBuilder().Grade(new ColorGrade(MidtonesRed: 0.12, MidtonesBlue: -0.1, HighlightsRed: 0.1, HighlightsGreen: 0.05))
                .Saturation(1.25).Soften(1).Bloom(0.45).Vignette(0.4).Build()),
    ];

    public static IEnumerable<Style> Create(DateTimeOffset now) => All.Select(s => new Style
    {
        Id = s.Id,
        Name = s.Name,
        Category = s.Category,
        Description = s.Description,
        Palette = string.Join(',', s.Palette.Select(c => c.ToLowerInvariant())),
        Keywords = string.Join(',', s.Keywords),
        DemoScene = s.DemoScene,
        CaptionFont = s.CaptionFont,
        CaptionColor = s.CaptionColor,
        CaptionOutline = s.CaptionOutline,
        DefaultTransition = s.Transition,
        Look = s.Look.ToJson(),
        LookVersion = 1,
        CreatedAt = now,
        UpdatedAt = now,
    });
}
