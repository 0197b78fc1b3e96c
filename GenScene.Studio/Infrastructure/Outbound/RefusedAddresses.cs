using System.Net;
using System.Net.Sockets;

namespace GenScene.Studio.Infrastructure.Outbound;

/// <summary>
/// The addresses the studio does not send to unless an admin allows them: its own machine, its own
/// network, the cloud metadata address, and anything that is not one public host. IPv6 forms that
/// carry an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo) are judged by that address.
/// </summary>
public static class RefusedAddresses
{
    private static readonly (IPNetwork Range, string Rule)[] V4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "an unspecified address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private address"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a private (carrier-grade NAT) address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address (cloud metadata services answer there)"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("255.255.255.255/32"), "the broadcast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
        (IPNetwork.Parse("192.0.0.0/24"), "a reserved address"),
        (IPNetwork.Parse("192.0.2.0/24"), "a reserved (documentation) address"),
        (IPNetwork.Parse("198.51.100.0/24"), "a reserved (documentation) address"),
        (IPNetwork.Parse("203.0.113.0/24"), "a reserved (documentation) address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a reserved (benchmarking) address"),
    ];

    private static readonly (IPNetwork Range, string Rule)[] V6 =
    [
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("::/128"), "an unspecified address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a site-local address"),
        (IPNetwork.Parse("fc00::/7"), "a private (unique local) address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
        (IPNetwork.Parse("100::/64"), "a reserved (discard) address"),
        (IPNetwork.Parse("2001:db8::/32"), "a reserved (documentation) address"),
        (IPNetwork.Parse("::/96"), "a reserved (IPv4-compatible) address"),
    ];

    /// <summary>The rule that refuses the address ("a loopback address"), or null when it is a public one.</summary>
    public static string? Rule(IPAddress address)
    {
        var plain = HostSpelling.Unmap(address);
        if (plain.AddressFamily == AddressFamily.InterNetwork)
        {
            return Array.Find(V4, r => r.Range.Contains(plain)).Rule;
        }
        if (plain.Equals(IPAddress.IPv6Loopback) || plain.Equals(IPAddress.IPv6Any))
        {
            return plain.Equals(IPAddress.IPv6Loopback) ? "a loopback address" : "an unspecified address";
        }
        if (Embedded(plain) is { } inner && Rule(inner) is { } innerRule)
        {
            return innerRule;
        }
        return Array.Find(V6, r => r.Range.Contains(plain)).Rule;
    }

    /// <summary>The IPv4 address an IPv6 form carries to: IPv4-compatible, NAT64, 6to4, or a Teredo client (stored inverted).</summary>
    private static IPAddress? Embedded(IPAddress v6)
    {
        var b = v6.GetAddressBytes();
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && b.AsSpan(12).IndexOfAnyExcept((byte)0) >= 0)
        {
            return new IPAddress(b[12..]);
        }
        if (b.AsSpan(0, 12).SequenceEqual((byte[])[0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0]))
        {
            return new IPAddress(b[12..]);
        }
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return new IPAddress(b[2..6]);
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0)
        {
            return new IPAddress([(byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]]);
        }
        return null;
    }
}
