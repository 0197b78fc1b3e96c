using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Webhooks;

/// <summary>A real HTTP receiver on a loopback address and a free port: answers every request with <paramref name="answer"/> and keeps the paths it saw.</summary>
public sealed class WebhookReceiver(WebApplication app) : IAsyncDisposable
{
    private readonly WebApplication _app = app;

    public ConcurrentQueue<string> Paths { get; } = new();

    public int Port => new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;

    public static async Task<WebhookReceiver> StartAsync(Func<HttpRequest, IResult> answer, string address = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:0");
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.Run(async context =>
        {
            receiver.Paths.Enqueue(context.Request.Path);
            await answer(context.Request).ExecuteAsync(context);
        });
        await receiver._app.StartAsync();
        return receiver;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
