using GenScene.Studio.Infrastructure.Api;

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
            errors["description"] = [$"A description is at most {MaxDescription:N0} characters; this one is {voice.Description.Length:N0}."];
        }
        else if (UserText.TextProblem("The description", voice.Description) is { } problem)
        {
            errors["description"] = [problem];
        }
    }

    private static void Line(string? value, string field, int max, Dictionary<string, string[]> errors)
    {
        if (errors.ContainsKey(field) || value is null)
        {
            return;
        }
        if (value.Length > max)
        {
            errors[field] = [$"{field} is at most {max} characters; this one is {value.Length:N0}."];
        }
        else if (UserText.NameProblem(field, value) is { } problem)
        {
            errors[field] = [problem];
        }
    }
}
