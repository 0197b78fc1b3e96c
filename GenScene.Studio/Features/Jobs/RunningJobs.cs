using System.Collections.Concurrent;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// The jobs running in this process and how to stop each at once. A cancel for a job running in
/// another process reaches it through the cancel_requested flag at its next lease heartbeat.
/// </summary>
public sealed class RunningJobs
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new();

    public int Count => _running.Count;

    public bool IsRunningHere(string jobId) => _running.ContainsKey(jobId);

    public IDisposable Register(string jobId, CancellationTokenSource cancel)
    {
        _running[jobId] = cancel;
        return new Registration(() => _running.TryRemove(new KeyValuePair<string, CancellationTokenSource>(jobId, cancel)));
    }

    public bool TryCancel(string jobId)
    {
        if (_running.TryGetValue(jobId, out var cancel))
        {
            try
            {
                cancel.Cancel();
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
        return false;
    }

    private sealed class Registration(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }
}
