using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Infrastructure.Outbound;

/// <summary>The verdict on a URL a user gave: the URL to store, or why it is refused.</summary>
public sealed record OutboundCheck(Uri? Url, string? Problem);

/// <summary>
/// Keeps requests to addresses a user gave out of the studio's own machine and network (SSRF). Checked
/// twice: when the URL is set (<see cref="CheckAsync"/>, a clear 400) and at every connection
/// (<see cref="AddressesToConnectAsync"/>, from the handler's ConnectCallback), because a name can
/// resolve elsewhere by then (DNS rebinding) and a receiver can redirect.
/// </summary>
public sealed class OutboundGuard(IOptions<OutboundOptions> options, IHostResolver resolver)
{
    // A name that does not answer quickly is accepted at set time: the connect-time check still applies.
    private static readonly TimeSpan SetTimeLookup = TimeSpan.FromSeconds(5);

    private readonly OutboundAllowList _allowed = new(options.Value.AllowedHosts);

    /// <param name="purpose">What the URL is for, as the message names it ("webhook").</param>
    public async Task<OutboundCheck> CheckAsync(string? url, string purpose, CancellationToken cancellationToken)
    {
        var check = CheckWithoutLookup(url, purpose);
        if (check is not { Url: { } uri } || IsLiteral(uri.IdnHost) || _allowed.AllowsName(uri.IdnHost))
        {
            return check;
        }
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(SetTimeLookup);
            await ResolveAllowedAsync(uri.IdnHost, purpose, timeout.Token).ConfigureAwait(false);
            return new(uri, null);
        }
        catch (OutboundRefusedException refused)
        {
            return new(null, refused.Message);
        }
        catch (Exception ex) when (ex is SocketException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new(uri, null);
        }
    }

    /// <summary>
    /// The scheme, user info, address literals and localhost names, without asking DNS: enough before a
    /// delivery, whose connection asks DNS itself and is checked then.
    /// </summary>
    public OutboundCheck CheckWithoutLookup(string? url, string purpose)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return new(null, $"The {purpose} address must be an absolute http or https URL.");
        }
        if (uri.UserInfo.Length > 0)
        {
            return new(null, $"The {purpose} address must not carry a user name or password before '@'; the receiver can check the signature instead.");
        }
        return LiteralRefusal(uri.IdnHost, purpose) is { } problem ? new(null, problem) : new(uri, null);
    }

    /// <summary>The addresses a connection to <paramref name="host"/> may use, resolved once here so that no later lookup can swap them.</summary>
    /// <exception cref="OutboundRefusedException">The host is, or resolves to, a refused address.</exception>
    public async Task<IPAddress[]> AddressesToConnectAsync(string host, string purpose, CancellationToken cancellationToken)
    {
        if (LiteralRefusal(host, purpose) is { } problem)
        {
            throw new OutboundRefusedException(problem);
        }
        if (HostSpelling.TryParseAddress(host, out var literal))
        {
            return [literal];
        }
        return await ResolveAllowedAsync(host, purpose, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IPAddress[]> ResolveAllowedAsync(string host, string purpose, CancellationToken cancellationToken)
    {
        var addresses = await resolver.ResolveAsync(HostSpelling.Normalize(host), cancellationToken).ConfigureAwait(false);
        if (_allowed.AllowsName(host))
        {
            return addresses;
        }
        foreach (var address in addresses)
        {
            if (!_allowed.AllowsAddress(address) && RefusedAddresses.Rule(address) is { } rule)
            {
                throw new OutboundRefusedException(Refusal(purpose, $"{host} resolves to {HostSpelling.Unmap(address)}, {rule}"));
            }
        }
        return addresses;
    }

    /// <summary>The refusal for an address literal or a name the resolver always answers locally (localhost), before any lookup.</summary>
    private string? LiteralRefusal(string host, string purpose)
    {
        if (_allowed.AllowsName(host))
        {
            return null;
        }
        var name = HostSpelling.Normalize(host);
        if (HostSpelling.TryParseAddress(name, out var address))
        {
            return _allowed.AllowsAddress(address) || RefusedAddresses.Rule(address) is not { } rule
                ? null
                : Refusal(purpose, $"{HostSpelling.Unmap(address)} is {rule}");
        }
        return name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal)
            ? Refusal(purpose, $"{name} is a loopback address")
            : null;
    }

    private static bool IsLiteral(string host) => HostSpelling.TryParseAddress(host, out _);

    private static string Refusal(string purpose, string what) =>
        $"The {purpose} address {what}; the studio does not send requests into its own network. An admin can allow it in settings: {OutboundOptions.AllowedHostsKey}.";
}
