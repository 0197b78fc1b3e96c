using System.Security.Claims;
using GenScene.Studio.Features.Security;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Whose jobs a caller sees over HTTP. A key without the admin scope sees only the jobs it started (its
/// results are nobody else's business, and others' are not its); admin keys and people signed in to
/// the studio see all. Another key's job answers 404, as if it did not exist.
/// </summary>
public static class JobVisibility
{
    /// <summary>The owner to filter lists by, or null for "all jobs".</summary>
    public static string? OwnerFilter(this ClaimsPrincipal user) =>
        user.ApiKeyId() is { } key && !user.HasScope(StudioScopes.Admin) ? key : null;

    public static bool CanSee(this ClaimsPrincipal user, Job job) =>
        user.OwnerFilter() is not { } owner || job.OwnerKeyId == owner;
}
