using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Security;

public sealed class ApiKeyTests
{
    [Fact]
    public async Task An_admin_creates_a_key_shown_once_stored_only_as_a_hash_that_works_until_revoked()
    {
        await using var studio = new StudioFactory();
        using var admin = studio.CreateClient();

        using var created = await admin.PostAsJsonAsync("/api/keys", new { name = "Mobile app", scopes = (string[])["generate"] });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var secret = body.GetProperty("key").GetString()!;
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal(["read", "generate"], body.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));

        // The list never shows the key; the database holds only its SHA-256.
        var listed = await admin.GetStringAsync("/api/keys");
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.Contains("Mobile app", listed, StringComparison.Ordinal);
        var database = await File.ReadAllBytesAsync(Path.Combine(studio.DataDirectory, "studio.db"));
        var wal = Path.Combine(studio.DataDirectory, "studio.db-wal");
        var stored = System.Text.Encoding.Latin1.GetString([.. database, .. File.Exists(wal) ? await File.ReadAllBytesAsync(wal) : []]);
        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret))), stored, StringComparison.Ordinal);

        using var client = studio.CreateClientWithKey(secret);
        using (var works = await client.GetAsync("/api/jobs"))
        {
            Assert.Equal(HttpStatusCode.OK, works.StatusCode);
        }
        using (var revoke = await admin.DeleteAsync($"/api/keys/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }
        using var refused = await client.GetAsync("/api/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("revoked", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\": \"\", \"scopes\": [\"read\"]}", "name")]
    [InlineData("{\"name\": \"x\", \"scopes\": [\"root\"]}", "scopes")]
    [InlineData("{\"name\": \"x\", \"scopes\": []}", "scopes")]
    public async Task A_key_with_no_name_or_an_unknown_scope_is_400_naming_the_field(string json, string field)
    {
        await using var studio = new StudioFactory();
        using var admin = studio.CreateClient();
        using var response = await admin.PostAsync("/api/keys", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Single(await admin.GetFromJsonAsync<JsonElement[]>("/api/keys") ?? []); // only the bootstrap key
    }

    [Fact]
    public async Task The_bootstrap_key_is_created_once_however_often_the_studio_starts()
    {
        using var data = new TempDirectory("genscene-bootstrap");
        for (var start = 0; start < 2; start++)
        {
            await using var studio = new StudioFactory().With("GenScene:DataDirectory", data.Path);
            using var admin = studio.CreateClient();
            var keys = await admin.GetFromJsonAsync<JsonElement[]>("/api/keys");
            Assert.Single(keys!);
            Assert.Equal("configured", keys![0].GetProperty("prefix").GetString());
        }
    }
}
