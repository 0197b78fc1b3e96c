using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;
using static GenScene.Studio.Tests.TestSupport.EditVersionChecks;

namespace GenScene.Studio.Tests.Features.Voices.Lexicon;

/// <summary>GET|POST /api/lexicon and PUT|DELETE /api/lexicon/{id} as a client sees them.</summary>
public sealed class LexiconApiTests : IDisposable
{
    private readonly StudioFactory _studio = new();

    [Fact]
    public async Task An_entry_is_added_listed_changed_with_its_version_and_deleted_and_a_stale_edit_is_412()
    {
        var http = _studio.CreateClient();
        using var created = await http.PostAsJsonAsync("/api/lexicon", new { phrase = " GenScene ", language = "ES", alias = "Yen Sin" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entry = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = entry.GetProperty("id").GetString()!;
        Assert.Equal(("GenScene", "es", "Yen Sin", 1), (entry.GetProperty("phrase").GetString(), entry.GetProperty("language").GetString(),
            entry.GetProperty("alias").GetString(), entry.GetProperty("version").GetInt32()));
        Assert.Equal($"/api/lexicon/{id}", created.Headers.Location?.OriginalString);

        var listed = Assert.Single((await http.GetFromJsonAsync<JsonElement>("/api/lexicon")).EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetString());

        using var read = await http.GetAsync($"/api/lexicon/{id}");
        using var changed = await PutAsync(http, $"/api/lexicon/{id}", new { phrase = "GenScene", language = "es", alias = "Yen Sín" }, ETagOf(read));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", ETagOf(changed));
        using var stale = await PutAsync(http, $"/api/lexicon/{id}", new { phrase = "GenScene", language = "es", alias = "Gen Scene" }, ETagOf(read));
        await AssertStaleAsync(stale, 2);
        Assert.Equal("Yen Sín", (await http.GetFromJsonAsync<JsonElement>($"/api/lexicon/{id}")).GetProperty("alias").GetString());

        using var staleDelete = await DeleteAsync(http, $"/api/lexicon/{id}", ETagOf(read));
        await AssertStaleAsync(staleDelete, 2);
        using var deleted = await DeleteAsync(http, $"/api/lexicon/{id}", ETagOf(changed));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await http.GetFromJsonAsync<JsonElement>("/api/lexicon")).EnumerateArray());
        using var gone = await http.GetAsync($"/api/lexicon/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("""{"language":"es","alias":"Yen Sin"}""", "phrase")]
    [InlineData("""{"phrase":"GenScene","language":"es"}""", "alias")]
    [InlineData("""{"phrase":"GenScene","language":"español","alias":"Yen Sin"}""", "language")]
    [InlineData("""{"phrase":"GenScene","language":"es","alias":"Yen [pause 9s] Sin"}""", "alias")]
    [InlineData("""{"phrase":"GenScene","language":"es","alias":"Yen Sin","phonemes":"dZ'En","phonemeAlphabet":"klingon"}""", "phonemeAlphabet")]
    [InlineData("""{"phrase":"GenScene","language":"es","alias":"Yen Sin","phonemes":"dZ]]'En"}""", "phonemes")]
    public async Task Bad_input_is_a_problem_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var http = _studio.CreateClient();
        using var response = await http.PostAsync("/api/lexicon", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Empty((await http.GetFromJsonAsync<JsonElement>("/api/lexicon")).EnumerateArray());
    }

    [Fact]
    public async Task A_second_entry_for_the_same_phrase_and_language_in_another_case_is_refused()
    {
        var http = _studio.CreateClient();
        (await http.PostAsJsonAsync("/api/lexicon", new { phrase = "GenScene", language = "es", alias = "Yen Sin" })).EnsureSuccessStatusCode();

        using var again = await http.PostAsJsonAsync("/api/lexicon", new { phrase = "genscene", language = "es", alias = "Gen Sin" });

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("phrase", out _));
    }

    [Fact]
    public async Task A_Spanish_client_reads_the_problem_detail_in_Spanish_with_the_field_name_kept()
    {
        var http = _studio.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/lexicon") { Content = JsonContent.Create(new { phrase = "GenScene", language = "es" }) };
        request.Headers.AcceptLanguage.ParseAdd("es-ES");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Indica qué decir en su lugar", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("alias", out _));
    }

    public void Dispose() => _studio.Dispose();
}
