using System.Security.Claims;
using GenScene.Studio.Features.Security;

namespace GenScene.Studio.Features.Jobs.RenderChecks;

/// <summary>
/// Starts render checks, for admins only: a check encodes on the studio's cores to diagnose the studio, which
/// is an admin's business; the page hides the button from creators and this refuses them anyway.
/// </summary>
public sealed class RenderCheckStarter(JobQueue queue)
{
    public async Task<Job> StartAsync(ClaimsPrincipal caller, RenderCheckPayload payload, CancellationToken cancellationToken)
    {
        if (!caller.IsInRole(StudioRoles.Admin) && !caller.HasScope(StudioScopes.Admin))
        {
            throw new UnauthorizedAccessException("Render checks are for admins.");
        }
        return (await queue.EnqueueAsync(RenderCheckHandler.JobKind, payload, null, cancellationToken).ConfigureAwait(false)).Job;
    }
}
