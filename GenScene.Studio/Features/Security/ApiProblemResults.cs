using GenScene.Studio.Features.Security.ApiKeys;
using GenScene.Studio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace GenScene.Studio.Features.Security;

/// <summary>Marks an endpoint outside /api that answers like the API (the read-only /styles aliases).</summary>
public sealed class ApiEndpoint
{
    public static readonly ApiEndpoint Marker = new();
}

/// <summary>
/// For /api and /files, a refused request gets problem+json naming what is missing (401: no or a bad
/// credential; 403: the credential lacks a scope) instead of a redirect to the sign-in page, which
/// is what pages still get.
/// </summary>
public sealed class ApiProblemResults(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _pages = new();

    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/files", StringComparison.OrdinalIgnoreCase)
        || context.GetEndpoint()?.Metadata.GetMetadata<ApiEndpoint>() is not null;

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!IsApi(context) || authorizeResult.Succeeded)
        {
            await _pages.HandleAsync(next, context, policy, authorizeResult).ConfigureAwait(false);
            return;
        }
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var missing = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ClaimsAuthorizationRequirement>()
                .SelectMany(r => r.AllowedValues ?? []).Distinct().ToList() ?? [];
            var who = Texts<SecurityText>.Format(context.User.ApiKeyId() is null ? "ProblemTheUser" : "ProblemTheKey", context.User.Identity.Name);
            var detail = missing.Count > 0
                ? Texts<SecurityText>.Format("ProblemMissingScope", who, string.Join("', '", missing))
                : Texts<SecurityText>.Format("ProblemMayNot", who);
            await WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", detail).ConfigureAwait(false);
            return;
        }
        // The authentication middleware keeps only successful results, so a refused key is recognised by its header.
        var failure = context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header) ? ApiKeyAuthenticationHandler.InvalidKey : null;
        context.Response.Headers.WWWAuthenticate = ApiKeyAuthenticationHandler.SchemeName;
        await WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized",
            failure ?? Texts<SecurityText>.Format("ProblemNeedsKey", ApiKeyAuthenticationHandler.Header)).ConfigureAwait(false);
    }

    public ValueTask WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
