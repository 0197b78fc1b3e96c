using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Security;

public sealed class OpenApiSecurityTests
{
    [Fact]
    public async Task The_openapi_document_names_the_key_scheme_and_each_endpoints_scope_and_errors()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();
        var document = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("X-API-Key", scheme.GetProperty("name").GetString());

        var createKey = document.GetProperty("paths").GetProperty("/api/keys").GetProperty("post");
        Assert.Equal("admin", createKey.GetProperty("security")[0].GetProperty("ApiKey")[0].GetString());
        foreach (var status in new[] { "401", "403", "429", "400", "413" })
        {
            Assert.True(createKey.GetProperty("responses").TryGetProperty(status, out _), status);
        }
        var readJob = document.GetProperty("paths").GetProperty("/api/jobs/{id}").GetProperty("get");
        Assert.Equal("read", readJob.GetProperty("security")[0].GetProperty("ApiKey")[0].GetString());
        var tokenStream = document.GetProperty("paths").GetProperty("/api/jobs/{id}/events-stream").GetProperty("get");
        Assert.False(tokenStream.TryGetProperty("security", out _));
    }
}
