namespace GenScene.Studio.Features.Voices;

/// <summary>A voice as GET /api/voices returns it (API.md).</summary>
public sealed record VoiceResponse(string Id, string Name, string Provider, string Language, string Gender, string? Accent, string? Description, bool IsDefault, VoiceSettings Settings)
{
    public static VoiceResponse From(Voice voice) =>
        new(voice.Id, voice.Name, voice.Provider, voice.Language, voice.Gender, voice.Accent, voice.Description, voice.IsDefault, voice.DefaultSettings);
}
