using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Security;

/// <summary>
/// Failed sign-ins per client address in a sliding window: past the limit, that address is refused
/// (whatever name and password it sends) until its oldest failure leaves the window. Only failures
/// count, so people who type their password right are never slowed, however many share one address.
/// Kept in memory: a restart forgets it, the accounts' own lockout (in the database) does not.
/// </summary>
public sealed class SignInThrottle(IOptions<SecurityOptions> options, TimeProvider time)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.SignInAddressWindowMinutes);

    /// <summary>How long <paramref name="address"/> must still wait, or null when it may try.</summary>
    public TimeSpan? RefusedFor(string address)
    {
        var now = time.GetUtcNow();
        lock (_failures)
        {
            if (!_failures.TryGetValue(address, out var failures))
            {
                return null;
            }
            Expire(address, failures, now);
            return failures.Count >= options.Value.SignInMaxFailuresPerAddress ? failures.Peek() + Window - now : null;
        }
    }

    public void RecordFailure(string address)
    {
        var now = time.GetUtcNow();
        lock (_failures)
        {
            if (!_failures.TryGetValue(address, out var failures))
            {
                // Forget addresses that have gone quiet, so the table holds only recent guessers.
                foreach (var (other, old) in _failures.ToList())
                {
                    Expire(other, old, now);
                }
                _failures[address] = failures = new Queue<DateTimeOffset>();
            }
            failures.Enqueue(now);
        }
    }

    private void Expire(string address, Queue<DateTimeOffset> failures, DateTimeOffset now)
    {
        while (failures.Count > 0 && failures.Peek() + Window <= now)
        {
            failures.Dequeue();
        }
        if (failures.Count == 0)
        {
            _failures.Remove(address);
        }
    }
}
