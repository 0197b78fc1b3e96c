namespace GenScene.Studio.Infrastructure.Processes;

/// <summary>
/// What to run: an executable and its arguments, passed one by one through ArgumentList so that
/// nothing is ever quoted by hand.
/// </summary>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    public TimeSpan? Timeout { get; init; }
    public string? WorkingDirectory { get; init; }
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Called for every stdout line as it arrives (ffmpeg's -progress pipe:1, for example).</summary>
    public Action<string>? OnOutputLine { get; init; }

    /// <summary>Called for every stderr line as it arrives.</summary>
    public Action<string>? OnErrorLine { get; init; }

    /// <summary>Keep stdout in the result; off for tools whose output is only streamed.</summary>
    public bool CaptureOutput { get; init; } = true;

    /// <summary>Some tools (ffmpeg's analysis filters) report on stderr and exit non-zero by design.</summary>
    public bool AllowNonZeroExit { get; init; }

    public override string ToString() => $"{FileName} {string.Join(' ', Arguments)}";
}
