using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace GenScene.Studio.Features.Security;

/// <summary>
/// The scope every /api endpoint needs, decided in this one table so the whole surface can be read
/// (and tested) at once: reading needs <c>read</c>, anything else <c>generate</c>, and the paths
/// below <c>admin</c>. Endpoints that authorize otherwise (a job token) say AllowAnonymous themselves.
/// Every POST (they start jobs or store content) counts against the caller's request rate, and every
/// event stream against its cap of open streams.
/// </summary>
public static class ApiAccess
{
    private static readonly (string Prefix, bool WritesOnly)[] AdminPaths =
    [
        ("/api/keys", false),
        ("/api/database/optimize", false),
        ("/api/voices", true),
        ("/api/lexicon", true),
        ("/api/jingles", true),
        ("/api/styles", true),
    ];

    public static string ScopeFor(string method, string route)
    {
        var reads = method is "GET" or "HEAD";
        foreach (var (prefix, writesOnly) in AdminPaths)
        {
            if (route.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (!writesOnly || !reads))
            {
                return StudioScopes.Admin;
            }
        }
        return reads ? StudioScopes.Read : StudioScopes.Generate;
    }

    /// <summary>The rate-limiting policy for an endpoint, or null.</summary>
    public static string? RateLimitFor(string method, string route) =>
        route.EndsWith("/events", StringComparison.Ordinal) || route.EndsWith("/events-stream", StringComparison.Ordinal) ? RateLimits.Streams
        : method == "POST" ? RateLimits.Jobs
        : null;

    /// <summary>
    /// The one root of the HTTP API. Every feature maps its endpoints onto this group, so protection
    /// (API keys, rate limits) is added here once and covers all of /api.
    /// </summary>
    public static RouteGroupBuilder MapStudioApi(this WebApplication app) => app.MapGroup("/api").Protect();

    /// <summary>
    /// Protects paths outside /api that are aliases of /api ones (older clients' paths): each gets the scope
    /// and rate limit of the /api path it stands for, so an alias is never an easier way in.
    /// </summary>
    public static RouteGroupBuilder ProtectAsApi(this RouteGroupBuilder aliases) => aliases.Protect(apiPrefix: "/api");

    /// <summary>Adds to each endpoint of the group the scope it needs and its rate limit.</summary>
    public static RouteGroupBuilder Protect(this RouteGroupBuilder api, string apiPrefix = "")
    {
        ((IEndpointConventionBuilder)api).Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route)
            {
                var method = route.Metadata.OfType<HttpMethodMetadata>().FirstOrDefault()?.HttpMethods is [var first, ..] ? first : "GET";
                var path = apiPrefix + "/" + route.RoutePattern.RawText?.TrimStart('/');
                route.Metadata.Add(new AuthorizeAttribute(ScopeFor(method, path)));
                if (RateLimitFor(method, path) is { } limit)
                {
                    route.Metadata.Add(new EnableRateLimitingAttribute(limit));
                }
            }
        });
        return api;
    }
}
