using System.ComponentModel.DataAnnotations;
using System.Net;
using GenScene.Studio.Infrastructure.Startup;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Infrastructure.Localization;

/// <summary>GenScene:DefaultCulture: the language of a visitor whose browser names neither Spanish nor English.</summary>
public sealed class DefaultCultureTests
{
    [Fact]
    public async Task A_studio_left_at_its_default_speaks_spanish_to_a_browser_that_asks_for_neither_language()
    {
        await using var studio = new StudioFactory().With("GenScene:DefaultCulture", "es");
        using var client = studio.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login") { Headers = { { "Accept-Language", "de-DE,fr;q=0.8" } } };

        using var answer = await client.SendAsync(request);

        var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Inicia sesión en GenScene Studio", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_studio_default_is_spanish_and_nothing_but_es_or_en_is_taken()
    {
        Assert.Equal("es", new StudioOptions().DefaultCulture);
        var french = new StudioOptions { DefaultCulture = "fr" };
        var problems = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(french, new ValidationContext(french), problems, validateAllProperties: true));
        Assert.Equal("GenScene:DefaultCulture must be es or en.", Assert.Single(problems).ErrorMessage);
    }
}
