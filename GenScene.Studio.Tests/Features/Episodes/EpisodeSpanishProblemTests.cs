using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Episodes;

/// <summary>
/// A program that asks for Spanish (Accept-Language: es) reads why its episode was refused in Spanish, in the problem's
/// detail and beside each field, while the problem's title, type and field names stay the English a program matches on.
/// </summary>
public sealed class EpisodeSpanishProblemTests : IDisposable
{
    private readonly StudioFactory _studio = new();

    [Fact]
    public async Task An_episode_without_a_title_is_refused_in_spanish_with_an_english_title()
    {
        using var http = _studio.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/episodes")
        {
            Headers = { { "Accept-Language", "es-MX,es;q=0.9,en;q=0.5" } },
            Content = JsonContent.Create(new { title = "", transitionSeconds = 7.5, scenes = new object[] { new { text = "Hola." }, new { text = "  " } } }),
        };
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = problem.RootElement;
        var errors = root.GetProperty("errors");
        Assert.Equal("Ponle al episodio un título de 1 a 200 caracteres.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("Una transición dura de 0,1 a 3 segundos.", errors.GetProperty("transitionSeconds")[0].GetString());
        Assert.Equal("La escena 2 no tiene texto de narración ni clip de video; dale uno u otro.", errors.GetProperty("scenes[1].text")[0].GetString());
        Assert.Contains("Ponle al episodio un título", root.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Programs match on the title and type: the same English ones a request without a language gets.
        using var english = await http.PostAsJsonAsync("/api/episodes", new { title = "", scenes = new object[] { new { text = "Hi." } } });
        using var englishProblem = JsonDocument.Parse(await english.Content.ReadAsStringAsync());
        Assert.Equal(englishProblem.RootElement.GetProperty("title").GetString(), root.GetProperty("title").GetString());
        Assert.Equal(englishProblem.RootElement.GetProperty("type").GetString(), root.GetProperty("type").GetString());
        Assert.Contains("validation", root.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_same_request_without_spanish_is_answered_in_english()
    {
        using var http = _studio.CreateClient();
        using var response = await http.PostAsJsonAsync("/api/episodes", new { title = "", scenes = new object[] { new { text = "Hi." } } });

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Give the episode a title of 1 to 200 characters.", problem.RootElement.GetProperty("errors").GetProperty("title")[0].GetString());
    }

    public void Dispose() => _studio.Dispose();
}
