using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GenScene.Studio.Infrastructure.Outbound;

/// <summary>
/// Reads a URL's host the way the system resolver (inet_aton) would, so that 127.1, 2130706433,
/// 0x7f000001 and 0177.0.0.1 are all seen as the loopback address they reach, not as names.
/// </summary>
public static class HostSpelling
{
    /// <summary>Lower case, without IPv6 brackets or the trailing root dot ("LOCALHOST." is "localhost").</summary>
    public static string Normalize(string host)
    {
        var text = host.Trim();
        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            text = text[1..^1];
        }
        return text.TrimEnd('.').ToLowerInvariant();
    }

    public static bool TryParseAddress(string host, out IPAddress address)
    {
        var text = Normalize(host);
        if (text.Contains(':', StringComparison.Ordinal))
        {
            if (IPAddress.TryParse(text, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6)
            {
                address = v6;
                return true;
            }
            address = IPAddress.None;
            return false;
        }
        return TryParseIPv4(text, out address);
    }

    /// <summary>IPv4 inside IPv6 as ::ffff:a.b.c.d is that IPv4 address for every rule.</summary>
    public static IPAddress Unmap(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    /// <summary>1 to 4 dot-separated parts, each decimal, 0x-hex or 0-octal; the last part fills the remaining bytes.</summary>
    private static bool TryParseIPv4(string text, out IPAddress address)
    {
        address = IPAddress.None;
        var parts = text.Split('.');
        if (parts.Length is < 1 or > 4)
        {
            return false;
        }
        var values = new ulong[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryParsePart(parts[i], out values[i]))
            {
                return false;
            }
        }
        var lastBits = 8 * (5 - parts.Length);
        if (values[^1] >= 1UL << lastBits || values[..^1].Any(v => v > 255))
        {
            return false;
        }
        ulong value = values[^1];
        for (var i = 0; i < parts.Length - 1; i++)
        {
            value |= values[i] << (24 - (8 * i));
        }
        address = new IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
        return true;
    }

    private static bool TryParsePart(string part, out ulong value)
    {
        value = 0;
        // Longer parts would overflow; the resolver refuses them too.
        if (part.Length is 0 or > 12)
        {
            return false;
        }
        if (part.StartsWith("0x", StringComparison.Ordinal))
        {
            return part.Length > 2 && ulong.TryParse(part.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }
        if (part.Length > 1 && part[0] == '0')
        {
            foreach (var c in part.AsSpan(1))
            {
                if (c is < '0' or > '7')
                {
                    return false;
                }
                value = (value * 8) + (ulong)(c - '0');
            }
            return true;
        }
        return part.All(char.IsAsciiDigit) && ulong.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
