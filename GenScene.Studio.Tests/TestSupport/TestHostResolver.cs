using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using GenScene.Studio.Infrastructure.Outbound;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>
/// The studio's DNS seam answering test names (receiver.test) with chosen addresses, so a name can
/// resolve to a loopback receiver, or to a public address first and loopback later (DNS rebinding).
/// Names it does not know are not found, as unknown names are.
/// </summary>
public sealed class TestHostResolver : IHostResolver
{
    private readonly ConcurrentDictionary<string, Func<int, IPAddress>> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _lookups = new(StringComparer.OrdinalIgnoreCase);

    public TestHostResolver Map(string name, string address) => Map(name, _ => IPAddress.Parse(address));

    /// <param name="answer">The address for the n-th lookup of the name (0 for the first).</param>
    public TestHostResolver Map(string name, Func<int, IPAddress> answer)
    {
        _names[name] = answer;
        return this;
    }

    public int Lookups(string name) => _lookups.GetValueOrDefault(name);

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (!_names.TryGetValue(host, out var answer))
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }
        var n = _lookups.AddOrUpdate(host, 1, (_, count) => count + 1) - 1;
        return Task.FromResult<IPAddress[]>([answer(n)]);
    }
}
