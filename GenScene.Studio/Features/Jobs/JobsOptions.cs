using System.ComponentModel.DataAnnotations;

namespace GenScene.Studio.Features.Jobs;

/// <summary>Section "Jobs". Every message names its configuration key.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    [Range(1, 64, ErrorMessage = "Jobs:Slots must be between {1} and {2}.")]
    public int Slots { get; set; } = 4;

    [Range(1, 100, ErrorMessage = "Jobs:DefaultMaxAttempts must be between {1} and {2}.")]
    public int DefaultMaxAttempts { get; set; } = 3;

    /// <summary>Per kind: "Jobs:Kinds:tts:MaxAttempts".</summary>
    public Dictionary<string, JobKindOptions> Kinds { get; set; } = [];

    /// <summary>How often an idle runner looks for due retries and jobs queued by other processes.</summary>
    [Range(10, 60_000, ErrorMessage = "Jobs:PollIntervalMilliseconds must be between {1} and {2}.")]
    public int PollIntervalMilliseconds { get; set; } = 500;

    /// <summary>A running job whose worker stops renewing this lease is handed to another runner.</summary>
    [Range(1, 3600, ErrorMessage = "Jobs:LeaseSeconds must be between {1} and {2}.")]
    public int LeaseSeconds { get; set; } = 30;

    [Range(1, 3_600_000, ErrorMessage = "Jobs:RetryBaseDelayMilliseconds must be between {1} and {2}.")]
    public int RetryBaseDelayMilliseconds { get; set; } = 2_000;

    [Range(1, 86_400_000, ErrorMessage = "Jobs:RetryMaxDelayMilliseconds must be between {1} and {2}.")]
    public int RetryMaxDelayMilliseconds { get; set; } = 300_000;

    /// <summary>How long a stopping worker process lets running jobs finish before releasing them.</summary>
    [Range(1, 86_400, ErrorMessage = "Jobs:WorkerShutdownTimeoutSeconds must be between {1} and {2}.")]
    public int WorkerShutdownTimeoutSeconds { get; set; } = 300;

    /// <summary>An event-stream write blocked this long (the client stopped reading) drops the connection.</summary>
    [Range(1, 3600, ErrorMessage = "Jobs:SseWriteTimeoutSeconds must be between {1} and {2}.")]
    public int SseWriteTimeoutSeconds { get; set; } = 20;

    [Range(1, 3600, ErrorMessage = "Jobs:SseHeartbeatSeconds must be between {1} and {2}.")]
    public int SseHeartbeatSeconds { get; set; } = 15;

    [Range(1, 10_000, ErrorMessage = "Jobs:ProgressPersistMilliseconds must be between {1} and {2}.")]
    public int ProgressPersistMilliseconds { get; set; } = 500;

    [Range(1, 10_080, ErrorMessage = "Jobs:CleanupIntervalMinutes must be between {1} and {2}.")]
    public int CleanupIntervalMinutes { get; set; } = 60;

    [Range(1, 87_600, ErrorMessage = "Jobs:TempMaxAgeHours must be between {1} and {2}.")]
    public int TempMaxAgeHours { get; set; } = 24;

    [Range(1, 3650, ErrorMessage = "Jobs:FinishedJobMaxAgeDays must be between {1} and {2}.")]
    public int FinishedJobMaxAgeDays { get; set; } = 7;

    /// <summary>Off in a process that should only serve pages (no runner).</summary>
    public bool RunnerEnabled { get; set; } = true;

    public int MaxAttemptsFor(string kind) =>
        Kinds.TryGetValue(kind, out var options) && options.MaxAttempts is { } max ? max : DefaultMaxAttempts;
}

public sealed class JobKindOptions
{
    [Range(1, 100)]
    public int? MaxAttempts { get; set; }
}
