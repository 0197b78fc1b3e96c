using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;
using static GenScene.Studio.Tests.TestSupport.EditVersionChecks;

namespace GenScene.Studio.Tests.Features.Voices;

public sealed class VoiceVersionsApiTests : IDisposable
{
    private readonly StudioFactory _studio = new();

    [Fact]
    public async Task A_voice_is_read_with_its_version_and_an_edit_on_an_older_one_is_412_while_one_without_if_match_is_accepted()
    {
        var http = _studio.CreateClient();
        var id = (await http.GetFromJsonAsync<JsonElement>("/api/voices"))[0].GetProperty("id").GetString();
        using var read = await http.GetAsync($"/api/voices/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var voice = await read.Content.ReadFromJsonAsync<JsonElement>();
        var version = voice.GetProperty("version").GetInt32();
        Assert.Equal($"\"{version}\"", ETagOf(read));
        var language = voice.GetProperty("language").GetString();

        using var first = await PutAsync(http, $"/api/voices/{id}", new { name = "Narrator", language }, ETagOf(read));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal($"\"{version + 1}\"", ETagOf(first));

        using var second = await PutAsync(http, $"/api/voices/{id}", new { name = "Announcer", language }, ETagOf(read));
        await AssertStaleAsync(second, version + 1);
        Assert.Equal("Narrator", (await http.GetFromJsonAsync<JsonElement>($"/api/voices/{id}")).GetProperty("name").GetString());

        using var blind = await PutAsync(http, $"/api/voices/{id}", new { name = "Announcer", language }, null);
        Assert.Equal(HttpStatusCode.OK, blind.StatusCode);
        Assert.Equal("Announcer", (await blind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_voice_is_404()
    {
        using var response = await _studio.CreateClient().GetAsync("/api/voices/no-such-voice");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _studio.Dispose();
}
