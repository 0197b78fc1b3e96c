using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Infrastructure.Outbound;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Webhooks;

/// <summary>A webhook cannot point into the studio's own machine or network unless an admin lists it (issue 21).</summary>
public sealed class WebhookAddressTests
{
    [Theory]
    [InlineData("http://127.0.0.1:1/x", "127.0.0.1 is a loopback address")]
    [InlineData("http://127.1/", "127.0.0.1 is a loopback address")]
    [InlineData("http://2130706433/", "127.0.0.1 is a loopback address")]
    [InlineData("http://0x7f000001/", "127.0.0.1 is a loopback address")]
    [InlineData("http://0177.0.0.1/", "127.0.0.1 is a loopback address")]
    [InlineData("http://[::1]/", "::1 is a loopback address")]
    [InlineData("http://[::ffff:127.0.0.1]/", "127.0.0.1 is a loopback address")]
    [InlineData("http://localhost:22/", "localhost is a loopback address")]
    [InlineData("http://LOCALHOST./", "localhost is a loopback address")]
    [InlineData("http://studio.localhost/", "studio.localhost is a loopback address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address")]
    [InlineData("http://10.0.0.1/", "10.0.0.1 is a private address")]
    [InlineData("http://172.16.0.1/", "172.16.0.1 is a private address")]
    [InlineData("http://192.168.1.1/", "192.168.1.1 is a private address")]
    [InlineData("http://100.64.0.1/", "100.64.0.1 is a private (carrier-grade NAT) address")]
    [InlineData("http://[fd00::1]/", "fd00::1 is a private (unique local) address")]
    [InlineData("http://[fe80::1]/", "fe80::1 is a link-local address")]
    [InlineData("http://0.0.0.0/", "0.0.0.0 is an unspecified address")]
    [InlineData("http://[::]/", ":: is an unspecified address")]
    [InlineData("http://224.0.0.1/", "224.0.0.1 is a multicast address")]
    [InlineData("http://255.255.255.255/", "255.255.255.255 is the broadcast address")]
    [InlineData("http://[2002:7f00:1::]/", "2002:7f00:1:: is a loopback address")]
    [InlineData("http://receiver.test:8080/hook", "receiver.test resolves to 127.0.0.1, a loopback address")]
    [InlineData("ftp://example.com/", "must be an absolute http or https URL")]
    [InlineData("http://user:secret@example.com/", "must not carry a user name or password")]
    public async Task A_webhook_address_inside_the_studios_network_is_refused_naming_the_rule(string url, string rule)
    {
        await using var studio = new StudioFactory().WithServices(s => s.AddSingleton<IHostResolver>(new TestHostResolver().Map("receiver.test", "127.0.0.1")));
        using var client = await KeyClientAsync(studio);

        using var response = await client.PutAsJsonAsync("/api/webhooks", new { url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains(rule, detail, StringComparison.Ordinal);
        if (!rule.StartsWith("must", StringComparison.Ordinal))
        {
            Assert.Contains("GenScene:Outbound:AllowedHosts", detail, StringComparison.Ordinal);
        }
        var keys = await studio.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/keys");
        Assert.DoesNotContain(keys!, k => k.GetProperty("webhookUrl").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task An_intranet_receiver_is_refused_until_an_admin_lists_it_and_then_hears_the_finished_job()
    {
        await using var receiver = await WebhookReceiver.StartAsync(_ => Results.Ok());
        var url = $"http://intranet.test:{receiver.Port}/hook";
        var resolver = new TestHostResolver().Map("intranet.test", "127.0.0.1");

        await using (var unlisted = new StudioFactory().WithServices(s => s.AddSingleton<IHostResolver>(resolver)))
        {
            using var client = await KeyClientAsync(unlisted);
            using var refused = await client.PutAsJsonAsync("/api/webhooks", new { url });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("intranet.test resolves to 127.0.0.1, a loopback address", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var listed = new StudioFactory().AllowingOutbound("intranet.test").WithServices(s => s.AddSingleton<IHostResolver>(resolver));
        using var keyClient = await KeyClientAsync(listed);
        using (var accepted = await keyClient.PutAsJsonAsync("/api/webhooks", new { url }))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }
        await keyClient.PostAsJsonAsync("/api/tts", new { text = "Intranet check." });

        var delivery = await WaitForDeliveryAsync(keyClient, "delivered");
        Assert.Equal(200, delivery.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal(["/hook"], receiver.Paths);
    }

    [Fact]
    public async Task A_listed_range_lets_its_addresses_through_and_no_others()
    {
        var guard = new OutboundGuard(Microsoft.Extensions.Options.Options.Create(new OutboundOptions { AllowedHosts = ["10.20.0.0/16", "fd00::5"] }), new TestHostResolver());

        Assert.Null((await guard.CheckAsync("http://10.20.3.4/hook", "webhook", default)).Problem);
        Assert.Null((await guard.CheckAsync("http://[fd00::5]/hook", "webhook", default)).Problem);
        Assert.Contains("10.21.0.1 is a private address", (await guard.CheckAsync("http://10.21.0.1/hook", "webhook", default)).Problem, StringComparison.Ordinal);
        Assert.Contains("fd00::6 is a private", (await guard.CheckAsync("http://[fd00::6]/hook", "webhook", default)).Problem, StringComparison.Ordinal);
    }

    internal static async Task<HttpClient> KeyClientAsync(StudioFactory studio)
    {
        using var admin = studio.CreateClient();
        var key = await (await admin.PostAsJsonAsync("/api/keys", new { name = "hooks", scopes = (string[])["generate"] })).Content.ReadFromJsonAsync<JsonElement>();
        return studio.CreateClientWithKey(key.GetProperty("key").GetString());
    }

    internal static async Task<JsonElement> WaitForDeliveryAsync(HttpClient client, string state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var last = "none yet";
        while (DateTime.UtcNow < deadline)
        {
            var deliveries = await client.GetFromJsonAsync<JsonElement[]>("/api/webhooks/deliveries");
            if (deliveries is [var only])
            {
                last = only.ToString();
                if (only.GetProperty("state").GetString() == state)
                {
                    return only;
                }
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"No {state} delivery within 60 s; last seen: {last}");
    }
}
