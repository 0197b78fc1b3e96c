using GenScene.Studio.Features.Security;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Jobs queued over HTTP with an API key belong to that key (its webhook hears when they end). Pages and the
/// --worker process have no request with a key, so those jobs belong to no key; a page's jobs are still
/// recorded as made by its signed-in user (<see cref="CurrentCaller"/>).
/// </summary>
public sealed class ApiKeyJobOwner(CurrentCaller caller) : IJobOwnerSource
{
    public string? CurrentKeyId => caller.Principal?.ApiKeyId();

    public ContentOwner? CurrentOwner => caller.Owner;
}
