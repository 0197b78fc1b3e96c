namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>
/// One piece of the speech to join: an engine's file, or exact silence (a pause). A file beside a pause
/// has its engine-made quiet end cut (<see cref="TrimStart"/>, <see cref="TrimEnd"/>), so the pause heard is the one asked for.
/// </summary>
public sealed record SpeechPart(string? File, double PauseSeconds = 0, bool TrimStart = false, bool TrimEnd = false)
{
    public bool IsPause => File is null;

    public static SpeechPart Pause(double seconds) => new(null, seconds);

    /// <summary>Marks the files that touch a pause for trimming on that side.</summary>
    public static IReadOnlyList<SpeechPart> Arrange(IReadOnlyList<SpeechPart> parts) =>
        [.. parts.Select((part, i) => part.IsPause ? part : part with
        {
            TrimStart = i > 0 && parts[i - 1].IsPause,
            TrimEnd = i < parts.Count - 1 && parts[i + 1].IsPause,
        })];
}
