namespace GenScene.Studio.Features.Voices.Lexicon.BuiltIn;

/// <summary>A language's built-in readings (numbers, prices, times, units, abbreviations).</summary>
public interface IBuiltInRules
{
    /// <summary>The text with every built-in reading spelled out; the same string instance when nothing matched.</summary>
    string Apply(string text);

    /// <summary>The rules for a language tag ("es", "es-419", "en-GB"), or none for a language without built-ins.</summary>
    static IBuiltInRules? For(string language) => language.Split('-')[0].ToLowerInvariant() switch
    {
        "es" => SpanishRules.Instance,
        "en" => EnglishRules.Instance,
        _ => null,
    };
}
