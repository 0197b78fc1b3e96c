using System.Collections.Concurrent;

namespace GenScene.Studio.Features.Jobs;

/// <summary>The event streams open right now, per job (GET /api/sse/status).</summary>
public sealed class SseConnections
{
    private readonly ConcurrentDictionary<string, int> _byJob = new();

    public IDisposable Open(string jobId)
    {
        _byJob.AddOrUpdate(jobId, 1, (_, count) => count + 1);
        return new Connection(this, jobId);
    }

    public SseStatus Status()
    {
        var snapshot = _byJob.Where(p => p.Value > 0).ToDictionary(p => p.Key, p => p.Value);
        return new SseStatus(snapshot.Values.Sum(), snapshot);
    }

    private void Close(string jobId)
    {
        if (_byJob.AddOrUpdate(jobId, 0, (_, count) => count - 1) <= 0)
        {
            _byJob.TryRemove(new KeyValuePair<string, int>(jobId, 0));
        }
    }

    private sealed class Connection(SseConnections owner, string jobId) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                owner.Close(jobId);
            }
        }
    }
}

public sealed record SseStatus(int ActiveConnections, IReadOnlyDictionary<string, int> ByJob);
