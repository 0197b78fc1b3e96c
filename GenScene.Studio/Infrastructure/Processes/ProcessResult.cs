namespace GenScene.Studio.Infrastructure.Processes;

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardErrorTail, TimeSpan Elapsed);
