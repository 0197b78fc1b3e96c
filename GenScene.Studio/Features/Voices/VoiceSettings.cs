using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Voices;

/// <summary>
/// How a voice speaks. Each engine uses what it supports: ElevenLabs all of them; espeak-ng only
/// speed (words per minute) and pitch. Ranges are checked and a violation names the field.
/// </summary>
public sealed record VoiceSettings
{
    [Range(0.0, 1.0)] public double Stability { get; init; } = 0.5;
    [Range(0.0, 1.0)] public double SimilarityBoost { get; init; } = 0.75;
    [Range(0.0, 1.0)] public double Style { get; init; }
    public bool SpeakerBoost { get; init; } = true;

    /// <summary>1.0 is the voice's normal pace.</summary>
    [Range(0.5, 2.0)] public double Speed { get; init; } = 1.0;

    /// <summary>Offset from the voice's normal pitch, -50 (lower) to +50 (higher).</summary>
    [Range(-50, 50)] public int Pitch { get; init; }

    public static VoiceSettings Default { get; } = new();

    /// <summary>The range errors, keyed by "settings.{field}" as HTTP problem details report them.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        return results.ToDictionary(
            r => "settings." + JsonName(r.MemberNames.First()),
            r => new[] { OutOfRange(r.MemberNames.First()) });
    }

    /// <summary>DataAnnotations' own message is English only; the range is read from the same attribute instead.</summary>
    private static string OutOfRange(string member)
    {
        var range = typeof(VoiceSettings).GetProperty(member)!.GetCustomAttribute<RangeAttribute>()!;
        return Texts<VoicesText>.Format("SettingOutOfRange", Texts<VoicesText>.Get($"Setting{member}"),
            Convert.ToString(range.Minimum, CultureInfo.CurrentCulture), Convert.ToString(range.Maximum, CultureInfo.CurrentCulture));
    }

    private static string JsonName(string member) => char.ToLowerInvariant(member[0]) + member[1..];
}
