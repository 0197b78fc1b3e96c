using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>
/// A program asking in Spanish reads the reason in Spanish, while what programs match on (title, field names)
/// stays the same English in every language (ADR 0055).
/// </summary>
public sealed class SpeechProblemLanguageTests
{
    [Fact]
    public async Task A_speech_request_without_text_asked_in_spanish_says_why_in_spanish_under_the_english_title_and_field()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();

        var spanish = await ProblemAsync(http, "es-ES,es;q=0.9");
        var english = await ProblemAsync(http, "en-US");

        Assert.Equal("Falta el texto: escribe de 1 a 5.000 caracteres para locutar.", spanish.GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Contains("Falta el texto", spanish.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Text is required: give 1 to 5,000 characters to speak.", english.GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Equal(english.GetProperty("title").GetString(), spanish.GetProperty("title").GetString());
        Assert.Equal(english.GetProperty("type").GetString(), spanish.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_speech_request_with_a_setting_out_of_range_names_the_setting_and_its_range_in_spanish()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();

        var spanish = await ProblemAsync(http, "es", new { text = "Hola.", settings = new { speed = 3.0 } });

        Assert.Equal("Velocidad está fuera de rango: debe estar entre 0,5 y 2.", spanish.GetProperty("errors").GetProperty("settings.speed")[0].GetString());
    }

    private static async Task<JsonElement> ProblemAsync(HttpClient http, string language, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tts")
        {
            Content = JsonContent.Create(body ?? new { text = "   " }),
            Headers = { { "Accept-Language", language } },
        };
        using var answer = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        return await answer.Content.ReadFromJsonAsync<JsonElement>();
    }
}
