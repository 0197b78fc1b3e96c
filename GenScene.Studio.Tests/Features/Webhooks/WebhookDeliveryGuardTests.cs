using System.Net;
using System.Net.Http.Json;
using GenScene.Studio.Infrastructure.Outbound;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Webhooks;

/// <summary>Each delivery checks where it actually connects: a redirect or a changed DNS answer cannot lead it inside.</summary>
public sealed class WebhookDeliveryGuardTests
{
    [Fact]
    public async Task A_redirect_from_an_allowed_receiver_to_a_refused_address_is_not_followed_and_fails_the_delivery()
    {
        await using var inside = await WebhookReceiver.StartAsync(_ => Results.Ok());
        await using var allowed = await WebhookReceiver.StartAsync(_ => Results.Redirect($"http://127.0.0.1:{inside.Port}/stolen", permanent: false, preserveMethod: true));
        await using var studio = new StudioFactory().AllowingOutbound("receiver.test")
            .WithServices(s => s.AddSingleton<IHostResolver>(new TestHostResolver().Map("receiver.test", "127.0.0.1")));
        using var client = await WebhookAddressTests.KeyClientAsync(studio);
        (await client.PutAsJsonAsync("/api/webhooks", new { url = $"http://receiver.test:{allowed.Port}/hook" })).EnsureSuccessStatusCode();

        await client.PostAsJsonAsync("/api/tts", new { text = "Redirect check." });

        var delivery = await WebhookAddressTests.WaitForDeliveryAsync(client, "failed");
        Assert.Contains("127.0.0.1 is a loopback address", delivery.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(["/hook"], allowed.Paths);
        Assert.Empty(inside.Paths);
    }

    [Fact]
    public async Task A_name_that_resolves_to_a_public_address_when_set_and_to_loopback_when_delivered_is_refused_at_connect_time()
    {
        await using var inside = await WebhookReceiver.StartAsync(_ => Results.Ok());
        // DNS rebinding: the first answer (when the URL is set) is public, every later one is the studio's own machine.
        var resolver = new TestHostResolver().Map("rebind.test", n => IPAddress.Parse(n == 0 ? "93.184.216.34" : "127.0.0.1"));
        await using var studio = new StudioFactory().WithServices(s => s.AddSingleton<IHostResolver>(resolver));
        using var client = await WebhookAddressTests.KeyClientAsync(studio);
        (await client.PutAsJsonAsync("/api/webhooks", new { url = $"http://rebind.test:{inside.Port}/hook" })).EnsureSuccessStatusCode();

        await client.PostAsJsonAsync("/api/tts", new { text = "Rebinding check." });

        var delivery = await WebhookAddressTests.WaitForDeliveryAsync(client, "failed");
        Assert.Contains("rebind.test resolves to 127.0.0.1, a loopback address", delivery.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.True(resolver.Lookups("rebind.test") >= 2, "the delivery did not resolve the name again");
        Assert.Empty(inside.Paths);
    }
}
