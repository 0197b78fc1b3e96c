using MudBlazor;

namespace GenScene.Studio.Components.Theme;

/// <summary>
/// The studio's one palette, in a light and a dark variant, and the cookie that remembers the choice.
/// One accent (indigo) throughout: Primary, Info and links are that accent, Secondary is a neutral slate,
/// so nothing on a page competes with it; warnings and errors keep their own colours because they mean something.
/// In the dark variant the accent is light enough to read on the dark surfaces (about 9:1).
/// </summary>
public static class StudioTheme
{
    public const string CookieName = "GenSceneTheme";

    public static bool IsDark(string? cookie) => string.Equals(cookie, "dark", StringComparison.Ordinal);

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#4f46e5",
            Secondary = "#475569",
            Tertiary = "#4338ca",
            Info = "#4f46e5",
            AppbarBackground = "#312e81",
            AppbarText = "#ffffff",
            Background = "#f7f7fb",
            DrawerBackground = "#ffffff",
        },
        PaletteDark = new PaletteDark
        {
            // The dark theme's colours are light: filled buttons carry dark text (white on them is about 2:1).
            Primary = "#a5b4fc",
            PrimaryContrastText = "#1e1b4b",
            Secondary = "#cbd5e1",
            SecondaryContrastText = "#0f172a",
            Tertiary = "#c7d2fe",
            TertiaryContrastText = "#1e1b4b",
            Info = "#a5b4fc",
            InfoContrastText = "#1e1b4b",
            AppbarBackground = "#1e1b4b",
            AppbarText = "#e0e7ff",
            Background = "#15151d",
            Surface = "#1f1f2a",
            DrawerBackground = "#1a1a24",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "15rem" },
    };
}

/// <summary>Whether the page was first rendered dark (from the cookie); the layout starts from it.</summary>
public sealed record StudioThemeState(bool DarkMode);
