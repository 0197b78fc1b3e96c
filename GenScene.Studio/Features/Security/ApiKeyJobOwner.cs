using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Security;

/// <summary>Jobs queued over HTTP with an API key belong to that key (its webhook hears when they end).</summary>
public sealed class ApiKeyJobOwner(IHttpContextAccessor http) : IJobOwnerSource
{
    public string? CurrentKeyId => http.HttpContext?.User.ApiKeyId();
}
