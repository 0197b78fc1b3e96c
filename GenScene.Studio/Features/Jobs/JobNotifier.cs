using System.Collections.Concurrent;
using System.Collections.Immutable;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// In-process publish/subscribe of job changes (the eShop order-status pattern): pages and event
/// streams subscribe and dispose; nobody polls the database to learn that something changed.
/// It also remembers the latest update of each unfinished job, handed out atomically with a
/// subscription so that a late subscriber starts from the newest state without a gap or repeat.
/// </summary>
public sealed class JobNotifier(ILogger<JobNotifier> logger)
{
    private readonly Lock _gate = new();
    private ImmutableArray<Subscription> _subscriptions = [];
    private readonly ConcurrentDictionary<string, JobUpdate> _latest = new();

    public IDisposable Subscribe(Action<JobUpdate> onUpdate) => Add(null, onUpdate, out _);

    /// <summary>Subscribes to one job and returns its latest update published in this process, if any.</summary>
    public IDisposable Subscribe(string jobId, Action<JobUpdate> onUpdate, out JobUpdate? latest) => Add(jobId, onUpdate, out latest);

    public int SubscriberCount => _subscriptions.Length;

    public void Publish(JobUpdate update)
    {
        ImmutableArray<Subscription> subscribers;
        lock (_gate)
        {
            if (update.State.IsTerminal())
            {
                _latest.TryRemove(update.JobId, out _);
            }
            else
            {
                _latest[update.JobId] = update;
            }
            subscribers = _subscriptions;
        }
        foreach (var subscription in subscribers)
        {
            if (subscription.JobId is null || subscription.JobId == update.JobId)
            {
                try
                {
                    subscription.Culture.Run(subscription.OnUpdate, update);
                }
                catch (Exception ex)
                {
                    logger.LogWarning(ex, "A subscriber to job {JobId} failed", update.JobId);
                }
            }
        }
    }

    private Subscription Add(string? jobId, Action<JobUpdate> onUpdate, out JobUpdate? latest)
    {
        var subscription = new Subscription(this, jobId, onUpdate);
        lock (_gate)
        {
            latest = jobId is null ? null : _latest.GetValueOrDefault(jobId);
            _subscriptions = _subscriptions.Add(subscription);
        }
        return subscription;
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions = _subscriptions.Remove(subscription);
        }
    }

    private sealed class Subscription(JobNotifier owner, string? jobId, Action<JobUpdate> onUpdate) : IDisposable
    {
        public string? JobId { get; } = jobId;
        public Action<JobUpdate> OnUpdate { get; } = onUpdate;

        /// <summary>The subscribing page's language, for the callback (it may re-render the page).</summary>
        public SubscriberCulture Culture { get; } = SubscriberCulture.Capture();

        public void Dispose() => owner.Remove(this);
    }
}
