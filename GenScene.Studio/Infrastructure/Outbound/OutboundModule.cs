using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenScene.Studio.Infrastructure.Outbound;

public static class OutboundModule
{
    public static T AddOutbound<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddOptions<OutboundOptions>().BindConfiguration(OutboundOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<OutboundOptions>, OutboundOptionsValidator>();
        builder.Services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        builder.Services.AddSingleton<OutboundGuard>();
        return builder;
    }

    /// <summary>
    /// The client's connections go only to addresses the guard allows, checked at connect time for every
    /// connection, redirects included. No proxy: through one, the guard would see the proxy's address.
    /// </summary>
    /// <param name="purpose">What its URLs are for, as refusals name it ("webhook").</param>
    public static IHttpClientBuilder UseOutboundGuard(this IHttpClientBuilder client, string purpose) =>
        client.ConfigurePrimaryHttpMessageHandler(services =>
        {
            var guard = services.GetRequiredService<OutboundGuard>();
            return new SocketsHttpHandler
            {
                UseProxy = false,
                MaxAutomaticRedirections = 3,
                ConnectCallback = async (context, cancellationToken) =>
                {
                    var addresses = await guard.AddressesToConnectAsync(context.DnsEndPoint.Host, purpose, cancellationToken).ConfigureAwait(false);
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            };
        });
}
