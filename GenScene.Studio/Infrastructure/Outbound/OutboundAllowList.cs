using System.Net;

namespace GenScene.Studio.Infrastructure.Outbound;

/// <summary>The parsed <see cref="OutboundOptions.AllowedHosts"/>: names matched exactly (any case), addresses as ranges.</summary>
public sealed class OutboundAllowList
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IPNetwork> _ranges = [];

    public OutboundAllowList(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            switch (Parse(entry))
            {
                case IPNetwork range: _ranges.Add(range); break;
                case string name: _names.Add(name); break;
                default: throw new ArgumentException(Problem(entry), nameof(entries));
            }
        }
    }

    public bool AllowsName(string host) => _names.Contains(HostSpelling.Normalize(host));

    public bool AllowsAddress(IPAddress address)
    {
        var plain = HostSpelling.Unmap(address);
        return _ranges.Exists(r => r.Contains(plain));
    }

    /// <summary>Why an entry is not usable, or null when it is.</summary>
    public static string? Problem(string? entry) => Parse(entry) is null
        ? $"'{entry}' is neither a host name (receiver.intranet), an IP address (10.1.2.3) nor a CIDR range with its host bits zero (10.20.0.0/16)."
        : null;

    /// <returns>An <see cref="IPNetwork"/>, a normalized host name, or null when the entry is neither.</returns>
    private static object? Parse(string? entry)
    {
        var text = entry?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }
        if (text.Contains('/', StringComparison.Ordinal))
        {
            var cidr = text.Trim('[', ']');
            return IPNetwork.TryParse(cidr, out var range) && IPAddress.TryParse(cidr[..cidr.IndexOf('/', StringComparison.Ordinal)], out var typed)
                && HostBitsAreZero(typed, range.PrefixLength) ? range : null;
        }
        if (HostSpelling.TryParseAddress(text, out var address))
        {
            var plain = HostSpelling.Unmap(address);
            return new IPNetwork(plain, plain.GetAddressBytes().Length * 8);
        }
        var name = HostSpelling.Normalize(text);
        return Uri.CheckHostName(name) == UriHostNameType.Dns ? name : null;
    }

    /// <summary>10.0.0.1/8 is most likely a typing mistake for a host or a range: refused rather than guessed.</summary>
    private static bool HostBitsAreZero(IPAddress typed, int prefixLength)
    {
        var bytes = typed.GetAddressBytes();
        for (var bit = prefixLength; bit < bytes.Length * 8; bit++)
        {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0)
            {
                return false;
            }
        }
        return true;
    }
}
