using System.Net;
using System.Text.RegularExpressions;
using GenScene.Studio.Tests.Features.Assets;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Infrastructure.Api;

/// <summary>The headers against sniffing, framing, injected scripts and caching, on the studio's three kinds of answer.</summary>
public sealed partial class SecurityHeadersTests(AssetSamples samples) : IClassFixture<AssetSamples>, IAsyncLifetime, IDisposable
{
    private readonly StudioFactory _studio = new();
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _http = _studio.CreateClient();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_api_json_answer_is_not_sniffed_not_referred_and_not_stored()
    {
        using var response = await _http.GetAsync("/api/assets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertCommonHeaders(response);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_file_keeps_its_own_caching_and_a_hostile_stored_name_becomes_a_safe_content_disposition()
    {
        using var upload = await _http.UploadAsync(samples["picture.png"]);
        var id = (await upload.JsonAsync()).GetProperty("id").GetString();
        // As a client could send it in filename*: quotes, a line break that would start a new header, a right-to-left override, accents.
        RawSqlite.Execute(_studio.DataDirectory, "UPDATE assets SET original_file_name = $name",
            ("$name", "Bad \"name\"\r\nSet-Cookie: x=1; café \u202Egnp.exe.png"));

        using var response = await _http.GetAsync($"/api/assets/{id}/content");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertCommonHeaders(response);
        Assert.Equal("private, max-age=31536000, immutable", response.Headers.NonValidated["Cache-Control"].ToString());
        var raw = Assert.Single(response.Content.Headers.GetValues("Content-Disposition"));
        Assert.All(raw, c => Assert.InRange(c, ' ', '~'));
        Assert.Equal("inline; filename=\"Bad nameSet-Cookie: x=1 caf_ gnp.exe.png\"; filename*=UTF-8''Bad%20nameSet-Cookie%3A%20x%3D1%20caf%C3%A9%20gnp.exe.png", raw);
        Assert.Equal("Bad nameSet-Cookie: x=1 café gnp.exe.png", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task A_page_gets_a_content_security_policy_whose_nonce_only_the_import_map_carries()
    {
        using var anonymous = _studio.CreateClientWithKey(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertCommonHeaders(response);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("style-src 'self' 'unsafe-inline'", policy);
        Assert.Contains("media-src 'self' blob:", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        var nonce = NoncePattern().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        var html = await response.Content.ReadAsStringAsync();
        var inline = InlineScriptPattern().Matches(html).Select(m => m.Value).ToList();
        var importMap = Assert.Single(inline);
        Assert.Contains("type=\"importmap\"", importMap);
        Assert.Contains($"nonce=\"{nonce}\"", importMap);
    }

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [GeneratedRegex("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex NoncePattern();

    /// <summary>Opening script tags without a src: the ones a policy without 'unsafe-inline' would block.</summary>
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>")]
    private static partial Regex InlineScriptPattern();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _studio.DisposeAsync();
    }

    public void Dispose() => _studio.Dispose();
}
