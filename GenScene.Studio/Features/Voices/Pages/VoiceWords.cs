using Microsoft.Extensions.Localization;

namespace GenScene.Studio.Features.Voices.Pages;

/// <summary>
/// Stored voice words shown as UI: the gender is one of a few English values ("female") kept as they are in the
/// catalog and the API; pages show its translation, and any other value as it was typed.
/// </summary>
public static class VoiceWords
{
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
