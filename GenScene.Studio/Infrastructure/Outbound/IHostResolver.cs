using System.Net;

namespace GenScene.Studio.Infrastructure.Outbound;

/// <summary>Name to addresses. One seam, so the check at set time and the check at connect time ask the same resolver.</summary>
public interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

public sealed class DnsHostResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
