using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace GenScene.Studio.Infrastructure.Processes;

/// <summary>
/// Runs ffmpeg, ffprobe and the TTS engines: ArgumentList only, output streamed line by line,
/// timeout and cancellation that kill the whole process tree, failures that carry the stderr tail.
/// </summary>
public sealed class ProcessRunner(ILogger<ProcessRunner> logger)
{
    private const int StderrTailLines = 40;

    public async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = CreateStartInfo(spec), EnableRaisingEvents = true };
        var output = new StringBuilder();
        var stderr = new StderrTail(StderrTailLines);
        var outputDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errorDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) { outputDone.TrySetResult(); return; }
            if (spec.CaptureOutput) { lock (output) { output.Append(e.Data).Append('\n'); } }
            spec.OnOutputLine?.Invoke(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) { errorDone.TrySetResult(); return; }
            stderr.Add(e.Data);
            spec.OnErrorLine?.Invoke(e.Data);
        };

        var started = Stopwatch.StartNew();
        StartOrThrow(process, spec.FileName);
        process.StandardInput.Close(); // tools that read stdin (ffmpeg's 'q') must see end of input, not hang
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        logger.LogDebug("Started {Tool} (pid {Pid}) with {ArgumentCount} arguments", spec.FileName, process.Id, spec.Arguments.Count);

        using var timeout = spec.Timeout is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            await Task.WhenAll(outputDone.Task, errorDone.Task).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            if (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new ProcessTimeoutException(spec.FileName, spec.Timeout!.Value, stderr.ToString());
            }
            throw;
        }

        var result = new ProcessResult(process.ExitCode, output.ToString(), stderr.ToString(), started.Elapsed);
        if (result.ExitCode != 0 && !spec.AllowNonZeroExit)
        {
            throw new ProcessFailedException(spec.FileName, result.ExitCode, result.StandardErrorTail);
        }
        return result;
    }

    private static ProcessStartInfo CreateStartInfo(ProcessSpec spec)
    {
        var info = new ProcessStartInfo(spec.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }
        if (spec.WorkingDirectory is not null)
        {
            info.WorkingDirectory = spec.WorkingDirectory;
        }
        foreach (var (name, value) in spec.Environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        return info;
    }

    private static void StartOrThrow(Process process, string fileName)
    {
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new ToolNotFoundException(fileName, ex);
        }
    }

    private void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
            logger.LogInformation("Stopped {Tool} (pid {Pid}) and its children", process.StartInfo.FileName, process.Id);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own between the cancel and the kill.
        }
    }
}
