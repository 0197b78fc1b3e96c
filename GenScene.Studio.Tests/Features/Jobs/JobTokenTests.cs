using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Jobs.TestHandlers;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace GenScene.Studio.Tests.Features.Jobs;

/// <summary>Per-job JWTs: the right job streams and serves files; anything else is 401 or 403.</summary>
public sealed class JobTokenTests : IAsyncLifetime
{
    private readonly StudioFactory _studio = new StudioFactory().WithServices(s => s.AddTestJobHandlers(new TestJobLog()));
    private HttpClient _http = null!;
    private HttpClient _anonymous = null!;
    private string _job = "";
    private string _other = "";

    public async Task InitializeAsync()
    {
        _http = _studio.CreateClient();
        _anonymous = _studio.CreateClientWithKey(null);
        var queue = _studio.Services.GetRequiredService<JobQueue>();
        _job = (await queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(1, WriteFile: true), null, CancellationToken.None)).Job.Id;
        _other = (await queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(2), null, CancellationToken.None)).Job.Id;
        await _studio.Services.GetRequiredService<JobQueries>().WaitForAsync(_job, j => j.State == JobState.Succeeded);
    }

    [Fact]
    public async Task The_right_token_streams_its_job_from_connection_established_to_stream_complete()
    {
        var token = await TokenAsync(_job);
        var body = await _anonymous.GetStringAsync($"/api/jobs/{_job}/events-stream?token={token}");
        var events = body.Split("\n").Where(l => l.StartsWith("event: ", StringComparison.Ordinal)).Select(l => l[7..]).ToList();
        Assert.Equal("connection_established", events[0]);
        Assert.Contains("job_update", events);
        Assert.Equal("stream_complete", events[^1]);
        Assert.Contains("\"state\":\"succeeded\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_for_another_job_is_403_and_a_missing_expired_tampered_or_unsigned_one_is_401()
    {
        var otherToken = await TokenAsync(_other);
        await AssertProblemAsync($"/api/jobs/{_job}/events-stream?token={otherToken}", HttpStatusCode.Forbidden);
        await AssertProblemAsync($"/api/jobs/{_job}/events-stream", HttpStatusCode.Unauthorized);

        var key = SigningKey();
        var expired = Sign(key, _job, DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1));
        await AssertProblemAsync($"/api/jobs/{_job}/events-stream?token={expired}", HttpStatusCode.Unauthorized);

        var good = await TokenAsync(_job);
        var parts = good.Split('.');
        var tampered = $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}";
        await AssertProblemAsync($"/api/jobs/{_job}/events-stream?token={tampered}", HttpStatusCode.Unauthorized);

        // The same claims for this job, but "alg": "none" and no signature.
        var none = $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{parts[1]}.";
        await AssertProblemAsync($"/api/jobs/{_job}/events-stream?token={none}", HttpStatusCode.Unauthorized);

        var forgedKey = Sign(new SymmetricSecurityKey(new byte[32]), _job, DateTime.UtcNow, DateTime.UtcNow.AddHours(1));
        await AssertProblemAsync($"/api/jobs/{_job}/events-stream?token={forgedKey}", HttpStatusCode.Unauthorized);
        await AssertProblemAsync($"/api/jobs/{_job}/events-stream?token=not.a.jwt", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Files_need_a_key_a_user_or_that_jobs_token()
    {
        var file = (await _http.GetFromJsonAsync<JsonElement>($"/api/jobs/{_job}")).GetProperty("files")[0].GetProperty("url").GetString()!;
        await AssertProblemAsync(file, HttpStatusCode.Unauthorized);
        using (var withToken = await _anonymous.GetAsync($"{file}?token={await TokenAsync(_job)}"))
        {
            Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        }
        await AssertProblemAsync($"{file}?token={await TokenAsync(_other)}", HttpStatusCode.Forbidden);
        using var withKey = await _http.GetAsync(file);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }

    [Fact]
    public async Task The_auth_endpoint_needs_a_key_and_a_known_job()
    {
        using var anonymous = await _anonymous.GetAsync($"/api/jobs/{_job}/auth");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var unknown = await _http.GetAsync("/api/jobs/no-such-job/auth");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var issued = await _http.GetFromJsonAsync<JsonElement>($"/api/jobs/{_job}/auth");
        var expires = issued.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
    }

    private async Task<string> TokenAsync(string jobId) =>
        (await _http.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}/auth")).GetProperty("token").GetString()!;

    private async Task AssertProblemAsync(string path, HttpStatusCode expected)
    {
        using var response = await _anonymous.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The studio's own signing key, read from where it keeps it, to make tokens it must still refuse.</summary>
    private SymmetricSecurityKey SigningKey() =>
        new(Convert.FromBase64String(File.ReadAllText(Path.Combine(_studio.DataDirectory, "keys", "job-token-signing.key")).Trim()));

    private static string Sign(SecurityKey key, string jobId, DateTime notBefore, DateTime expires) =>
        new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken("genscene-studio", "genscene-job-stream", [new Claim("job", jobId)],
            notBefore, expires, new SigningCredentials(key, SecurityAlgorithms.HmacSha256)));

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public Task DisposeAsync()
    {
        _http.Dispose();
        _anonymous.Dispose();
        _studio.Dispose();
        return Task.CompletedTask;
    }
}
