using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Styles;

/// <summary>A style refused for a bad field, asked for in Spanish: Spanish reasons, the same English title and field keys.</summary>
public sealed class StylesProblemLanguageTests
{
    [Fact]
    public async Task A_style_with_a_bad_colour_and_grain_asked_in_spanish_says_why_in_spanish_under_the_english_title()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();
        var style = new
        {
            name = "Prueba", category = "vintage", description = "Una prueba.", palette = new[] { "#000000", "rojo" }, keywords = Array.Empty<string>(),
            demoScene = "una calle", caption = new { font = "DejaVuSans.ttf", color = "#ffffff", outline = "#000000" }, defaultTransition = "cut",
            look = new { grain = 500 },
        };

        var spanish = await ProblemAsync(http, "es-MX", style);
        var english = await ProblemAsync(http, "en", style);

        Assert.Equal("'rojo' no es un color; escríbelo como #rrggbb.", spanish.GetProperty("errors").GetProperty("palette[1]")[0].GetString());
        Assert.Equal("grain debe estar entre 0 y 60.", spanish.GetProperty("errors").GetProperty("look.grain")[0].GetString());
        Assert.Contains("no es un color", spanish.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("'rojo' is not a colour; write it as #rrggbb.", english.GetProperty("errors").GetProperty("palette[1]")[0].GetString());
        Assert.Equal(english.GetProperty("title").GetString(), spanish.GetProperty("title").GetString());
    }

    private static async Task<JsonElement> ProblemAsync(HttpClient http, string language, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/styles")
        {
            Content = JsonContent.Create(body),
            Headers = { { "Accept-Language", language } },
        };
        using var answer = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        return await answer.Content.ReadFromJsonAsync<JsonElement>();
    }
}
