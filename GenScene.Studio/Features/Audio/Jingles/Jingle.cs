namespace GenScene.Studio.Features.Audio.Jingles;

public enum JingleRole
{
    Intro,
    Outro,
    Bed,
}

/// <summary>Music an admin uploaded for messages: played before (intro), after (outro) or under (bed) the voice.</summary>
public sealed class Jingle
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public JingleRole Role { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Bytes { get; set; }
    public double DurationSeconds { get; set; }

    /// <summary>SHA-256 of the file: renders that use the jingle are cached by it, so replacing the music misses.</summary>
    public required string Sha256 { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
