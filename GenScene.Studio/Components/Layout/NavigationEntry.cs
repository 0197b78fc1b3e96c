using GenScene.Studio.Features.Security;

namespace GenScene.Studio.Components.Layout;

/// <summary>
/// A page in the side navigation. Each feature module registers its own entry when its page exists,
/// so the menu never lists a page that is not built. <paramref name="Roles"/> are the roles that see
/// it (comma-separated, as in [Authorize(Roles = ...)]), so nobody is shown a page that would refuse them.
/// The name is a key in the feature's own texts (<paramref name="Texts"/>, e.g. typeof(EpisodesText)), read in the viewer's language.
/// </summary>
public sealed record NavigationEntry(string TextKey, Type Texts, string Path, string Icon, int Order, string Roles = StudioRoles.Anyone)
{
    public bool IsFor(System.Security.Claims.ClaimsPrincipal user) =>
        Roles.Split(',').Any(user.IsInRole);
}
