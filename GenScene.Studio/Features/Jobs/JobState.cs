namespace GenScene.Studio.Features.Jobs;

/// <summary>A job's life: queued → running → succeeded; or failed (waits to retry) → … → dead; or cancelled.</summary>
public enum JobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Dead,
    Cancelled,
}

public static class JobStates
{
    public static string Name(this JobState state) => state switch
    {
        JobState.Queued => "queued",
        JobState.Running => "running",
        JobState.Succeeded => "succeeded",
        JobState.Failed => "failed",
        JobState.Dead => "dead",
        JobState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static bool TryParse(string? text, out JobState state)
    {
        foreach (var candidate in Enum.GetValues<JobState>())
        {
            if (string.Equals(candidate.Name(), text, StringComparison.OrdinalIgnoreCase))
            {
                state = candidate;
                return true;
            }
        }
        state = default;
        return false;
    }

    public static JobState Parse(string text) =>
        TryParse(text, out var state) ? state : throw new FormatException($"'{text}' is not a job state");

    /// <summary>Nothing more will happen to the job unless someone retries it by hand.</summary>
    public static bool IsTerminal(this JobState state) => state is JobState.Succeeded or JobState.Dead or JobState.Cancelled;

    /// <summary>A person may ask to run it again.</summary>
    public static bool IsRetryable(this JobState state) => state is JobState.Failed or JobState.Dead or JobState.Cancelled;

    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<JobState>().Select(Name)];
}
