namespace GenScene.Studio.Features.Voices;

/// <summary>
/// The espeak-ng voices a fresh studio starts with: English (US, UK) and Spanish (Spain, Latin
/// America), a female and a male variant of each. espeak-ng's "+f3"/"+m3" variants change the
/// formants, so they sound like different speakers, not the same voice pitched.
/// </summary>
public static class VoiceSeeds
{
    public static IReadOnlyList<Voice> Espeak(DateTimeOffset now) =>
    [
        Seed("Ava", "en-us+f3", "en-US", "female", "American", "Clear American English, female.", now, isDefault: true),
        Seed("Ethan", "en-us+m3", "en-US", "male", "American", "Clear American English, male.", now),
        Seed("Grace", "en-gb+f2", "en-GB", "female", "British", "British English, female.", now),
        Seed("Oliver", "en-gb+m3", "en-GB", "male", "British", "British English, male.", now),
        Seed("Lucía", "es+f3", "es", "female", "Castilian", "Spanish from Spain, female.", now),
        Seed("Mateo", "es+m3", "es", "male", "Castilian", "Spanish from Spain, male.", now),
        Seed("Valentina", "es-419+f2", "es-419", "female", "Latin American", "Latin American Spanish, female.", now),
        Seed("Diego", "es-419+m1", "es-419", "male", "Latin American", "Latin American Spanish, male.", now),
    ];

    private static Voice Seed(string name, string providerId, string language, string gender, string accent, string description, DateTimeOffset now, bool isDefault = false) => new()
    {
        Id = VoiceCatalog.IdFor(Tts.EspeakEngine.ProviderName, providerId),
        Name = name,
        Provider = Tts.EspeakEngine.ProviderName,
        ProviderVoiceId = providerId,
        Language = language,
        Gender = gender,
        Accent = accent,
        Description = description,
        IsDefault = isDefault,
        CreatedAt = now,
    };
}
