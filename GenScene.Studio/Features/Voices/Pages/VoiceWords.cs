using Microsoft.Extensions.Localization;

namespace GenScene.Studio.Features.Voices.Pages;

/// <summary>
/// Stored voice words shown as UI: the gender (and a built-in accent) is one of a few English values ("female") kept as they are in the
/// catalog and the API; pages show its translation, and any other value as it was typed.
/// </summary>
public static class VoiceWords
{
    /// <summary>The built-in voices' accents ("British") are translated; an accent an admin typed is shown as typed.</summary>
    public static string Accent(IStringLocalizer<VoicesText> texts, string? accent)
    {
        if (string.IsNullOrEmpty(accent))
        {
            return "";
        }
        var text = texts[$"Accent_{accent}"];
        return text.ResourceNotFound ? accent : text.Value;
    }

    public static string Gender(IStringLocalizer<VoicesText> texts, string? gender)
    {
        if (string.IsNullOrEmpty(gender))
        {
            return "";
        }
        var text = texts[$"Gender_{gender}"];
        return text.ResourceNotFound ? gender : text.Value;
    }
}
