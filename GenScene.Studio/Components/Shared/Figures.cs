using System.Diagnostics.CodeAnalysis;
using System.Globalization;

[assembly: SuppressMessage("Naming", "CA1716", Scope = "namespace", Target = "~N:GenScene.Studio.Components.Shared",
    Justification = "ARCHITECTURE.md names the folder of shared components Components/Shared; the studio is C# only.")]

namespace GenScene.Studio.Components.Shared;

/// <summary>Sizes and durations as every page shows them: "1.2 MB", "12.5 s", "3:07".</summary>
public static class Figures
{
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };

    public static string Duration(double seconds) => seconds < 60
        ? string.Create(CultureInfo.CurrentCulture, $"{seconds:0.0} s")
        : TimeSpan.FromSeconds(Math.Round(seconds)).ToString(seconds < 3600 ? @"m\:ss" : @"h\:mm\:ss", CultureInfo.InvariantCulture);
}
