namespace GenScene.Studio.Features.Voices;

/// <summary>A voice as GET /api/voices returns it (API.md).</summary>
public sealed record VoiceResponse(string Id, string Name, string Provider, string Language, string Gender, string? Accent, string? Description, bool IsDefault,
    VoiceSettings Settings, bool Enabled, int Version, string? UpdatedBy)
{
    public static VoiceResponse From(Voice voice) =>
        new(voice.Id, voice.Name, voice.Provider, voice.Language, voice.Gender, voice.Accent, voice.Description, voice.IsDefault, voice.DefaultSettings,
            voice.Enabled, voice.Version, voice.UpdatedBy);
}

/// <summary>The body of PUT /api/voices/{id}: what an admin may change of a voice (its engine and engine voice stay).</summary>
public sealed record VoiceRequest(string? Name, string? Language, string? Gender = null, string? Accent = null, string? Description = null, VoiceSettings? Settings = null);
