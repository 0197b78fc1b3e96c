namespace GenScene.Studio.Data.Versioning;

/// <summary>
/// Who saves an edit, and the version it was made on: null accepts any stored version (a client
/// that sends no If-Match), a number refuses the write when another version is stored.
/// </summary>
public sealed record EditBy(string? By, int? ExpectedVersion = null);
