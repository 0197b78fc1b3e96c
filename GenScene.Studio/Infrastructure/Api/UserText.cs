using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Infrastructure.Api;

/// <summary>
/// What text a person or program may give the studio. A name (of a key, a jingle, an episode, a file) is shown in
/// lists beside others: a control character garbles it, and a bidirectional override (U+202E) makes
/// "invoice‮gpj.exe" read as "invoiceexe.jpg", so both are refused. Longer text (a scene, a description) may hold
/// line breaks and tabs and the direction marks that right-to-left languages need, but no other control characters
/// (a NUL cannot even be passed to the speech engines).
/// </summary>
public static class UserText
{
    /// <summary>
    /// Null when <paramref name="value"/> is an acceptable name (or absent), else what is wrong with it, in the
    /// request's language; <paramref name="field"/> is the subject as that language names it ("The title", "El título").
    /// </summary>
    public static string? NameProblem(string field, string? value) =>
        value is null ? null
        : value.Any(char.IsControl) ? Texts<ApiText>.Format("NameControlCharacters", field)
        : value.Any(IsDirectionOverride) ? Texts<ApiText>.Format("NameDirectionOverrides", field)
        : null;

    /// <summary>Null when <paramref name="value"/> is acceptable free text (or absent), else what is wrong with it.</summary>
    public static string? TextProblem(string field, string? value) =>
        value is not null && value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            ? Texts<ApiText>.Format("TextControlCharacters", field)
            : null;

    /// <summary>
    /// An enum named by its name only: Enum.TryParse also takes any number ("99", "-1") as a value no name has,
    /// which a filter or a stored field would then carry.
    /// </summary>
    public static bool TryParseName<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum
    {
        result = default;
        return !string.IsNullOrWhiteSpace(value) && !value.Trim().Any(c => char.IsDigit(c) || c is '-' or '+' or ',')
            && Enum.TryParse(value, ignoreCase: true, out result) && Enum.IsDefined(result);
    }

    public static bool IsDirectionOverride(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
