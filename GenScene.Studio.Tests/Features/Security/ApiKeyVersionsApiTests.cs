using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;
using static GenScene.Studio.Tests.TestSupport.EditVersionChecks;

namespace GenScene.Studio.Tests.Features.Security;

/// <summary>An API key's edits (its webhook, its revocation) carry the key's version, like every edited entity (API.md).</summary>
public sealed class ApiKeyVersionsApiTests : IDisposable
{
    private readonly StudioFactory _studio = new();

    [Fact]
    public async Task A_webhook_set_on_an_older_version_of_its_key_is_412_and_one_without_if_match_is_accepted()
    {
        using var admin = _studio.CreateClient();
        using var created = await admin.PostAsJsonAsync("/api/keys", new { name = "Shop app", scopes = (string[])["generate"] });
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var app = _studio.CreateClientWithKey(secret);

        using var read = await app.GetAsync("/api/webhooks");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", ETagOf(read));
        using var first = await PutAsync(app, "/api/webhooks", new { url = "https://shop.test/first" }, ETagOf(read));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", ETagOf(first));

        using var second = await PutAsync(app, "/api/webhooks", new { url = "https://shop.test/second" }, ETagOf(read));
        await AssertStaleAsync(second, 2);
        Assert.Equal("https://shop.test/first", (await app.GetFromJsonAsync<JsonElement>("/api/webhooks")).GetProperty("url").GetString());

        using var blind = await PutAsync(app, "/api/webhooks", new { url = "https://shop.test/blind" }, null);
        Assert.Equal(HttpStatusCode.OK, blind.StatusCode);
        Assert.Equal("\"3\"", ETagOf(blind));
        Assert.Equal("https://shop.test/blind", (await app.GetFromJsonAsync<JsonElement>("/api/webhooks")).GetProperty("url").GetString());
    }

    [Fact]
    public async Task Revoking_a_key_on_an_older_version_is_412_and_the_key_keeps_working_and_without_if_match_it_is_revoked()
    {
        using var admin = _studio.CreateClient();
        using var created = await admin.PostAsJsonAsync("/api/keys", new { name = "Kiosk", scopes = (string[])["generate"] });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString();
        using var app = _studio.CreateClientWithKey(body.GetProperty("key").GetString());
        using var read = await admin.GetAsync($"/api/keys/{id}");
        Assert.Equal("\"1\"", ETagOf(read));
        using (var hook = await PutAsync(app, "/api/webhooks", new { url = "https://kiosk.test/hook" }, null))
        {
            Assert.Equal(HttpStatusCode.OK, hook.StatusCode);
        }

        using var stale = await DeleteAsync(admin, $"/api/keys/{id}", ETagOf(read));
        await AssertStaleAsync(stale, 2);
        using (var still = await app.GetAsync("/api/jobs"))
        {
            Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        }

        using var revoked = await admin.DeleteAsync($"/api/keys/{id}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        using var refused = await app.GetAsync("/api/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(3, (await admin.GetFromJsonAsync<JsonElement>($"/api/keys/{id}")).GetProperty("version").GetInt32());
    }

    public void Dispose() => _studio.Dispose();
}
