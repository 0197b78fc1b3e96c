using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GenScene.Studio.Tests.Features.Jobs.TestHandlers;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Webhooks;

/// <summary>A key's webhook hears its finished jobs, signed; a receiver that fails is tried again.</summary>
public sealed class WebhookTests
{
    [Fact]
    public async Task A_finished_job_is_posted_signed_to_its_keys_webhook_and_a_failing_receiver_is_retried()
    {
        // A real HTTP receiver on loopback: it refuses the first delivery, accepts the next.
        var received = new ConcurrentQueue<(string Body, string Signature)>();
        var calls = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var receiver = builder.Build();
        receiver.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            received.Enqueue((await reader.ReadToEndAsync(), request.Headers["X-GenScene-Signature"].ToString()));
            return Interlocked.Increment(ref calls) == 1 ? Results.StatusCode(500) : Results.Ok();
        });
        await receiver.StartAsync();
        var hookUrl = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";

        await using var studio = new StudioFactory().AllowingOutbound("127.0.0.1").With("Jobs:RetryBaseDelayMilliseconds", "50").With("Jobs:RetryMaxDelayMilliseconds", "200")
            .WithServices(s => s.AddTestJobHandlers(new TestJobLog()));
        using var admin = studio.CreateClient();
        var key = await (await admin.PostAsJsonAsync("/api/keys", new { name = "integration", scopes = (string[])["generate"] })).Content.ReadFromJsonAsync<JsonElement>();
        using var client = studio.CreateClientWithKey(key.GetProperty("key").GetString());
        using (var bad = await client.PutAsJsonAsync("/api/webhooks", new { url = "file:///etc/passwd" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }
        var registered = await (await client.PutAsJsonAsync("/api/webhooks", new { url = hookUrl })).Content.ReadFromJsonAsync<JsonElement>();
        var secret = registered.GetProperty("secret").GetString()!;

        // A job this key starts over HTTP (a retry of a job the studio made is another key's; a tts job is this key's).
        var accepted = await (await client.PostAsJsonAsync("/api/tts", new { text = "Webhook check." })).Content.ReadFromJsonAsync<JsonElement>();
        var jobId = accepted.GetProperty("jobId").GetString()!;

        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement delivery = default;
        while (DateTime.UtcNow < deadline)
        {
            var deliveries = await client.GetFromJsonAsync<JsonElement[]>("/api/webhooks/deliveries");
            if (deliveries is [var only] && only.GetProperty("state").GetString() == "delivered")
            {
                delivery = only;
                break;
            }
            await Task.Delay(100);
        }
        Assert.Equal(JsonValueKind.Object, delivery.ValueKind);
        Assert.Equal(2, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(200, delivery.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal(jobId, delivery.GetProperty("jobId").GetString());

        Assert.Equal(2, received.Count);
        foreach (var (body, signature) in received)
        {
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
            Assert.Equal(expected, signature);
            var job = JsonDocument.Parse(body).RootElement;
            Assert.Equal(jobId, job.GetProperty("id").GetString());
            Assert.Equal("succeeded", job.GetProperty("state").GetString());
        }
        Assert.NotEqual("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("another secret"), Encoding.UTF8.GetBytes(received.First().Body))), received.First().Signature);
    }
}
