using GenScene.Studio.Features.Security;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Jobs queued over HTTP with an API key belong to that key (its webhook hears when they end). Pages and the
/// --worker process have no request with a key, so their jobs belong to nobody.
/// </summary>
public sealed class ApiKeyJobOwner(IHttpContextAccessor http) : IJobOwnerSource
{
    public string? CurrentKeyId => http.HttpContext?.User.ApiKeyId();
}
