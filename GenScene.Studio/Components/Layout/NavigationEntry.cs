namespace GenScene.Studio.Components.Layout;

/// <summary>
/// A page in the side navigation. Each feature module registers its own entry when its page exists,
/// so the menu never lists a page that is not built.
/// </summary>
public sealed record NavigationEntry(string Text, string Path, string Icon, int Order);
