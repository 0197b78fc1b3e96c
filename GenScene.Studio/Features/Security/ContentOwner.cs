using System.Security.Claims;

namespace GenScene.Studio.Features.Security;

/// <summary>
/// Who made something (an episode, a speech, a job): <see cref="Id"/> is the caller's stable id
/// ("user:ID" or "api-key:ID", <see cref="StudioClaims.CallerId"/>) that "mine" filters compare; <see cref="Name"/>
/// is the user's or the key's name at that moment, shown in lists.
/// </summary>
public sealed record ContentOwner(string Id, string Name)
{
    /// <summary>The owner a principal stands for, or null when it is anonymous.</summary>
    public static ContentOwner? Of(ClaimsPrincipal? user) =>
        user?.CallerId() is { } id ? new ContentOwner(id, user.FindFirstValue(ClaimTypes.Name) ?? id) : null;
}
