using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;
using static GenScene.Studio.Tests.TestSupport.EditVersionChecks;

namespace GenScene.Studio.Tests.Infrastructure.Api;

/// <summary>
/// A program asking for Spanish reads a problem's detail and per-field messages in Spanish, while the title, the
/// field names and the extensions it parses stay the same English whatever it asks for (API.md, ADR 0055).
/// </summary>
public sealed class SpanishProblemsTests : IDisposable
{
    private readonly StudioFactory _studio = new();

    [Fact]
    public async Task A_stale_if_match_asked_in_spanish_has_a_spanish_detail_and_the_english_title()
    {
        using var admin = _studio.CreateClient();
        using var created = await admin.PostAsJsonAsync("/api/keys", new { name = "Tienda", scopes = (string[])["generate"] });
        using var app = _studio.CreateClientWithKey((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
        using var read = await app.GetAsync("/api/webhooks");
        using (var first = await PutAsync(app, "/api/webhooks", new { url = "https://tienda.test/uno" }, ETagOf(read)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }
        app.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-MX,es;q=0.9");

        using var stale = await PutAsync(app, "/api/webhooks", new { url = "https://tienda.test/dos" }, ETagOf(read));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Precondition failed", problem.GetProperty("title").GetString());
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        var detail = problem.GetProperty("detail").GetString();
        Assert.StartsWith("La clave de API", detail, StringComparison.Ordinal);
        Assert.Contains("está en la versión 2", detail, StringComparison.Ordinal);
        Assert.Contains("If-Match: \"2\"", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_asked_in_spanish_is_named_as_sent_with_a_spanish_message()
    {
        using var http = _studio.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/episodes")
        {
            Content = new StringContent("""{"title": "T", "transitionSeconds": "NaN", "scenes": [{"text": "Hola."}]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("es");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("transitionSeconds debe ser un número finito.", problem.GetProperty("errors").GetProperty("transitionSeconds")[0].GetString());
        Assert.Equal("Bad request", problem.GetProperty("title").GetString());
        Assert.Equal("transitionSeconds debe ser un número finito.", problem.GetProperty("detail").GetString());
        Assert.Equal("transitionSeconds must be a finite number.", await EnglishMessageAsync(http));
    }

    // The same request without a language: the test studio's default (English) answers.
    private static async Task<string?> EnglishMessageAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/api/episodes",
            new StringContent("""{"title": "T", "transitionSeconds": "NaN", "scenes": [{"text": "Hola."}]}""", Encoding.UTF8, "application/json"));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("transitionSeconds")[0].GetString();
    }

    public void Dispose() => _studio.Dispose();
}
