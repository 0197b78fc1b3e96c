using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;
using static GenScene.Studio.Tests.TestSupport.EditVersionChecks;

namespace GenScene.Studio.Tests.Features.Styles;

public sealed class StyleVersionsApiTests : IDisposable
{
    private readonly StudioFactory _studio = new();

    [Fact]
    public async Task An_edit_on_an_older_version_of_a_style_is_412_naming_the_current_one_and_an_edit_without_if_match_is_accepted()
    {
        var http = _studio.CreateClient();
        using var read = await http.GetAsync("/api/styles/anime");
        var etag = ETagOf(read);
        var version = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        Assert.Equal($"\"{version}\"", etag);

        using var first = await PutAsync(http, "/api/styles/anime/look", new { saturation = 1.6 }, etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal($"\"{version + 1}\"", ETagOf(first));

        using var second = await PutAsync(http, "/api/styles/anime/look", new { saturation = 0.4 }, etag);
        await AssertStaleAsync(second, version + 1);
        Assert.Equal(1.6, (await http.GetFromJsonAsync<JsonElement>("/api/styles/anime")).GetProperty("look").GetProperty("saturation").GetDouble());

        using var blind = await PutAsync(http, "/api/styles/anime/look", new { saturation = 1.2 }, null);
        Assert.Equal(HttpStatusCode.OK, blind.StatusCode);
        Assert.Equal(version + 2, (await blind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
    }

    public void Dispose() => _studio.Dispose();
}
