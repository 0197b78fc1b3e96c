using System.Net;
using System.Text;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Security.ApiKeys;
using GenScene.Studio.Features.Security.Users;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Security;

/// <summary>
/// Every /api endpoint the studio maps, called with no credential, a bad one, a key of each scope and
/// a signed-in Creator and Admin: each gets 401, 403 or through exactly as its scope says.
/// </summary>
public sealed class ApiAccessMatrixTests : IAsyncLifetime
{
    // No job runs here: a permitted POST may queue work (preview rendering) that nobody needs.
    private readonly StudioFactory _studio = new StudioFactory().With("Jobs:RunnerEnabled", "false").With("GenScene:JobRequestsPerMinute", "10000");
    private readonly Dictionary<string, HttpClient> _callers = [];

    public async Task InitializeAsync()
    {
        _studio.CreateClient().Dispose(); // starts the studio
        var keys = _studio.Services.GetRequiredService<ApiKeyService>();
        foreach (var scope in StudioScopes.All)
        {
            _callers[$"key:{scope}"] = _studio.CreateClientWithKey((await keys.CreateAsync($"{scope} key", [scope], CancellationToken.None)).Secret);
        }
        var revoked = await keys.CreateAsync("revoked", [StudioScopes.Admin], CancellationToken.None);
        await keys.RevokeAsync(revoked.Key.Id, new EditBy(null), CancellationToken.None);
        _callers["key:revoked"] = _studio.CreateClientWithKey(revoked.Secret);
        _callers["key:bogus"] = _studio.CreateClientWithKey("gsk_not-a-key-at-all");
        _callers["none"] = _studio.CreateClientWithKey(null);
        await using (var scope = _studio.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("casey", "creator-password", StudioRoles.Creator, CancellationToken.None);
        }
        _callers["user:Creator"] = await _studio.SignedInClientAsync("casey", "creator-password");
        _callers["user:Admin"] = await _studio.SignedInClientAsync(TestCredentials.AdminUser, TestCredentials.AdminPassword);
    }

    [Fact]
    public async Task Every_api_endpoint_answers_401_403_or_through_for_every_kind_of_caller()
    {
        var endpoints = Endpoints();
        Assert.True(endpoints.Count >= 40, $"only {endpoints.Count} endpoints found");
        var failures = new List<string>();
        foreach (var (method, route, scope, anonymous, multipart) in endpoints)
        {
            if (scope.Length == 0 && !anonymous)
            {
                failures.Add($"{method} {route} has no scope");
            }
            var path = route.Replace("{id}", "no-such-id", StringComparison.Ordinal).Replace("{category}", "vintage", StringComparison.Ordinal)
                .Replace("{jobId}", "no-such-job", StringComparison.Ordinal);
            foreach (var (caller, client) in _callers)
            {
                var expected = Expected(caller, scope, anonymous);
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT")
                {
                    // Uploads are routed by content type: send the kind they accept, empty.
                    request.Content = multipart ? new MultipartFormDataContent() : new StringContent("{}", Encoding.UTF8, "application/json");
                }
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                var status = (int)response.StatusCode;
                var ok = expected switch
                {
                    401 or 403 => status == expected && response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                    _ => status is not (401 or 403),
                };
                if (!ok)
                {
                    failures.Add($"{method} {path} as {caller}: {status}, expected {(expected == 0 ? "through" : expected.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>0 means "let through" (the answer is then the endpoint's own: 200, 400, 404…).</summary>
    private static int Expected(string caller, string scope, bool anonymous)
    {
        if (anonymous)
        {
            return 401; // the token endpoints: no ?token= at all
        }
        var held = caller switch
        {
            "key:read" => StudioScopes.Read,
            "key:generate" or "user:Creator" => StudioScopes.Generate,
            "key:admin" or "user:Admin" => StudioScopes.Admin,
            _ => null,
        };
        if (held is null)
        {
            return 401;
        }
        return StudioScopes.Expand(held).Contains(scope) ? 0 : 403;
    }

    private List<(string Method, string Route, string Scope, bool Anonymous, bool Multipart)> Endpoints()
    {
        var sources = _studio.Services.GetServices<EndpointDataSource>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (
                m,
                e.RoutePattern.RawText!,
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault() ?? "",
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true)))
            .Where(e => e.m != "HEAD" && e.m != "OPTIONS")
            .Distinct()
            .ToList();
    }

    public Task DisposeAsync()
    {
        foreach (var client in _callers.Values)
        {
            client.Dispose();
        }
        _studio.Dispose();
        return Task.CompletedTask;
    }
}
