namespace GenScene.Studio.Infrastructure.Concurrency;

/// <summary>
/// One asynchronous lock per key, made on first use and dropped when nobody holds or waits for it, so
/// identical work in flight (the same cache key) is done once while different keys run side by side.
/// </summary>
public sealed class KeyedLocks
{
    private readonly Dictionary<string, Holder> _held = new(StringComparer.Ordinal);

    /// <summary>Waits until <paramref name="key"/> is free and holds it until the result is disposed.</summary>
    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Holder holder;
        lock (_held)
        {
            if (!_held.TryGetValue(key, out holder!))
            {
                _held[key] = holder = new Holder();
            }
            holder.Users++;
        }
        try
        {
            await holder.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, holder);
            throw;
        }
        return new Release(this, key, holder);
    }

    /// <summary>Holds <paramref name="key"/> if nobody holds or waits for it; null otherwise (never waits).</summary>
    public IDisposable? TryAcquire(string key)
    {
        lock (_held)
        {
            if (_held.ContainsKey(key))
            {
                return null;
            }
            var holder = new Holder { Users = 1 };
            holder.Gate.Wait(0);
            _held[key] = holder;
            return new Release(this, key, holder);
        }
    }

    private void Leave(string key, Holder holder)
    {
        lock (_held)
        {
            if (--holder.Users == 0)
            {
                _held.Remove(key);
                holder.Gate.Dispose();
            }
        }
    }

    private sealed class Holder
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public int Users { get; set; }
    }

    private sealed class Release(KeyedLocks owner, string key, Holder holder) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                holder.Gate.Release();
                owner.Leave(key, holder);
            }
        }
    }
}
