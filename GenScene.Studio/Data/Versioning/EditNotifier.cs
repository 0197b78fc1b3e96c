using System.Collections.Immutable;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Data.Versioning;

/// <summary>
/// In-process publish/subscribe of saved edits, the same pattern as the jobs' JobNotifier: an editor
/// subscribes to the one entity it shows and learns of a newer version the moment it is saved
/// (by another page or over HTTP), without polling. Services publish after their write committed.
/// </summary>
public sealed class EditNotifier(ILogger<EditNotifier> logger)
{
    private readonly Lock _gate = new();
    private ImmutableArray<Subscription> _subscriptions = [];

    public int SubscriberCount => _subscriptions.Length;

    public IDisposable Subscribe(string kind, string id, Action<EntityEdited> onEdited)
    {
        var subscription = new Subscription(this, kind, id, onEdited);
        lock (_gate)
        {
            _subscriptions = _subscriptions.Add(subscription);
        }
        return subscription;
    }

    public void Publish(EntityEdited edited)
    {
        foreach (var subscription in _subscriptions)
        {
            if (subscription.Kind == edited.Kind && subscription.Id == edited.Id)
            {
                try
                {
                    subscription.Culture.Run(subscription.OnEdited, edited);
                }
                catch (Exception ex)
                {
                    logger.LogWarning(ex, "A subscriber to {Kind} {Id} failed", edited.Kind, edited.Id);
                }
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions = _subscriptions.Remove(subscription);
        }
    }

    private sealed class Subscription(EditNotifier owner, string kind, string id, Action<EntityEdited> onEdited) : IDisposable
    {
        public string Kind { get; } = kind;
        public string Id { get; } = id;
        public Action<EntityEdited> OnEdited { get; } = onEdited;

        /// <summary>The subscribing page's language, for the callback (it may re-render the page).</summary>
        public SubscriberCulture Culture { get; } = SubscriberCulture.Capture();

        public void Dispose() => owner.Remove(this);
    }
}
