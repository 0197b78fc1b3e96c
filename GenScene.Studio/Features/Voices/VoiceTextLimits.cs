using System.Globalization;
using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Voices;

/// <summary>
/// How long a voice's words may be, and what they may hold: they are shown in every voice picker, so names are one
/// clean line (<see cref="UserText"/>) and a description is a paragraph, not a megabyte.
/// </summary>
public static class VoiceTextLimits
{
    public const int MaxName = 100;
    public const int MaxLanguage = 35;
    public const int MaxDescription = 2000;

    public static void Check(Voice voice, Dictionary<string, string[]> errors)
    {
        Line(voice.Name, "name", MaxName, errors);
        Line(voice.Language, "language", MaxLanguage, errors);
        Line(voice.Gender, "gender", MaxName, errors);
        Line(voice.Accent, "accent", MaxName, errors);
        if (voice.Description is { Length: > MaxDescription })
        {
            errors["description"] = [Texts<VoicesText>.Format("DescriptionTooLong", MaxDescription.ToString("N0", CultureInfo.CurrentCulture), voice.Description.Length.ToString("N0", CultureInfo.CurrentCulture))];
        }
        else if (UserText.TextProblem(Texts<VoicesText>.Get("DescriptionLabel"), voice.Description) is { } problem)
        {
            errors["description"] = [problem];
        }
    }

    /// <summary>The field as a person reads it: "name" in English (the JSON name, as before), "El nombre" in Spanish.</summary>
    private static string Named(string field) => Texts<VoicesText>.Get($"Field_{field}");

    private static void Line(string? value, string field, int max, Dictionary<string, string[]> errors)
    {
        if (errors.ContainsKey(field) || value is null)
        {
            return;
        }
        if (value.Length > max)
        {
            errors[field] = [Texts<VoicesText>.Format("LineTooLong", Named(field), max, value.Length.ToString("N0", CultureInfo.CurrentCulture))];
        }
        else if (UserText.NameProblem(Named(field), value) is { } problem)
        {
            errors[field] = [problem];
        }
    }
}
