namespace GenScene.Studio.Data.Versioning;

/// <summary>"episode X is now version N, saved by U": what <see cref="EditNotifier"/> tells open pages.</summary>
public sealed record EntityEdited(string Kind, string Id, int Version, string? By, bool Deleted = false);
