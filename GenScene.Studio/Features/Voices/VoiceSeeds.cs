namespace GenScene.Studio.Features.Voices;

/// <summary>
/// The offline voices a fresh studio starts with. espeak-ng's: English (US, UK) and Spanish (Spain, Latin
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

    /// <summary>
    /// SVOX Pico's six voices, one per language it has (each a woman's voice; pico has no other).
    /// Their ids are pico's language names, which pico2wave's -l takes as they are. Emma is the studio's
    /// default where pico is installed (seeded before espeak-ng's Ava, ADR 0052); Carmen speaks Spanish by default.
    /// </summary>
    public static IReadOnlyList<Voice> Pico(DateTimeOffset now) =>
    [
        Seed("Carmen", "es-ES", "es", "female", "Castilian", "Natural Spanish from Spain, female (pico, offline).", now, provider: Tts.PicoEngine.ProviderName),
        Seed("Emma", "en-US", "en-US", "female", "American", "Natural American English, female (pico, offline).", now, isDefault: true, provider: Tts.PicoEngine.ProviderName),
        Seed("Amelia", "en-GB", "en-GB", "female", "British", "Natural British English, female (pico, offline).", now, provider: Tts.PicoEngine.ProviderName),
        Seed("Hanna", "de-DE", "de-DE", "female", "German", "Natural German, female (pico, offline).", now, provider: Tts.PicoEngine.ProviderName),
        Seed("Camille", "fr-FR", "fr-FR", "female", "French", "Natural French, female (pico, offline).", now, provider: Tts.PicoEngine.ProviderName),
        Seed("Giulia", "it-IT", "it-IT", "female", "Italian", "Natural Italian, female (pico, offline).", now, provider: Tts.PicoEngine.ProviderName),
    ];

    private static Voice Seed(string name, string providerId, string language, string gender, string accent, string description, DateTimeOffset now, bool isDefault = false, string provider = Tts.EspeakEngine.ProviderName) => new()
    {
        Id = VoiceCatalog.IdFor(provider, providerId),
        Name = name,
        Provider = provider,
        ProviderVoiceId = providerId,
        Language = language,
        Gender = gender,
        Accent = accent,
        Description = description,
        IsDefault = isDefault,
        CreatedAt = now,
    };
}
