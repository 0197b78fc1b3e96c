using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Infrastructure.Api;

/// <summary>What a client reads when its request cannot even be bound: the field and what it must be, in its words.</summary>
public sealed class BindingProblemsTests
{
    private static readonly string[] ReadScope = ["read"];

    [Fact]
    public async Task A_field_of_the_wrong_type_is_named_with_what_it_must_be_and_no_dotnet_type()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();

        using var response = await http.PostAsync("/api/episodes", Json("""{"title": 5, "scenes": [{"text": "Hi."}]}"""));

        var problem = await ProblemAsync(response);
        Assert.Equal("title has a value of the wrong type.", problem.GetProperty("errors").GetProperty("title")[0].GetString());
        Assert.DoesNotContain("GenScene.Studio", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_a_number_is_refused_as_a_number_that_is_not_finite_instead_of_a_500()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();

        using var response = await http.PostAsync("/api/episodes", Json("""{"title": "T", "transitionSeconds": "NaN", "scenes": [{"text": "Hi."}]}"""));

        var problem = await ProblemAsync(response);
        Assert.Equal("transitionSeconds must be a finite number.", problem.GetProperty("errors").GetProperty("transitionSeconds")[0].GetString());
    }

    [Fact]
    public async Task A_null_scene_and_a_null_scope_are_400s_naming_them()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();

        using var episode = await http.PostAsync("/api/episodes", Json("""{"title": "T", "scenes": [null]}"""));
        Assert.True((await ProblemAsync(episode)).GetProperty("errors").TryGetProperty("scenes[0]", out _));
        using var key = await http.PostAsync("/api/keys", Json("""{"name": "k", "scopes": [null]}"""));
        Assert.True((await ProblemAsync(key)).GetProperty("errors").TryGetProperty("scopes", out _));
    }

    [Fact]
    public async Task A_multipart_upload_cut_short_is_a_400_about_the_form()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();
        var cut = new ByteArrayContent(Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\n\r\nRIFF"));
        cut.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");

        using var response = await http.PostAsync("/api/jingles", cut);

        Assert.Contains("multipart form", (await ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_with_a_direction_override_or_control_character_are_refused()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();

        using var key = await http.PostAsJsonAsync("/api/keys", new { name = "invoice\u202Egpj.exe", scopes = ReadScope });
        Assert.Contains("direction overrides", (await ProblemAsync(key)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var title = await http.PostAsJsonAsync("/api/episodes", new { title = "a\u0007b", scenes = new[] { new { text = "Hi." } } });
        Assert.True((await ProblemAsync(title)).GetProperty("errors").TryGetProperty("title", out _));
    }

    [Fact]
    public async Task A_role_given_as_a_number_is_not_a_role()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();

        using var response = await http.GetAsync("/api/jingles?role=99");

        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("role", out _));
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
