using System.Security.Claims;

namespace GenScene.Studio.Features.Security;

/// <summary>Claims every studio principal carries, whichever credential it came from.</summary>
public static class StudioClaims
{
    /// <summary>"api-key" or "user": rate limits and job ownership are per credential.</summary>
    public const string CredentialKind = "credential";
    public const string ApiKeyCredential = "api-key";
    public const string UserCredential = "user";

    public static string? ApiKeyId(this ClaimsPrincipal user) =>
        user.FindFirstValue(CredentialKind) == ApiKeyCredential ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>A stable name for the caller ("api-key:ID", "user:ID"), or null when anonymous.</summary>
    public static string? CallerId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? $"{user.FindFirstValue(CredentialKind)}:{user.FindFirstValue(ClaimTypes.NameIdentifier)}" : null;

    public static bool HasScope(this ClaimsPrincipal user, string scope) => user.HasClaim(StudioScopes.ClaimType, scope);
}
