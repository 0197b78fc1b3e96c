namespace GenScene.Studio.Infrastructure.Processes;

/// <summary>A tool exited with an error; carries the exit code and the end of stderr, where tools say why.</summary>
public class ProcessFailedException(string fileName, int exitCode, string standardErrorTail, string? message = null)
    : Exception(message ?? $"{Path.GetFileName(fileName)} exited with code {exitCode}: {LastLines(standardErrorTail)}")
{
    public string FileName { get; } = fileName;
    public int ExitCode { get; } = exitCode;
    public string StandardErrorTail { get; } = standardErrorTail;

    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no error output)" : string.Join(" | ", lines.TakeLast(3));
    }
}

/// <summary>The tool ran longer than its timeout and was killed with its whole process tree.</summary>
public sealed class ProcessTimeoutException(string fileName, TimeSpan timeout, string standardErrorTail)
    : ProcessFailedException(fileName, -1, standardErrorTail,
        $"{Path.GetFileName(fileName)} did not finish within {timeout.TotalSeconds:0.###} s and was stopped.");

/// <summary>The executable is not installed (or not where configuration says).</summary>
public sealed class ToolNotFoundException(string fileName, Exception inner)
    : Exception($"'{fileName}' was not found or cannot be executed: {inner.Message}", inner)
{
    public string FileName { get; } = fileName;
}
