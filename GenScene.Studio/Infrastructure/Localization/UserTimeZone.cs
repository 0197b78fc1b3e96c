namespace GenScene.Studio.Infrastructure.Localization;

/// <summary>
/// The time zone of the person looking at the page (the browser's, sent in a cookie and confirmed by the page's
/// script), so times show their clock and name it. Unknown: UTC, named as such.
/// </summary>
public sealed record UserTimeZone(TimeZoneInfo Zone)
{
    public const string CookieName = "GenSceneTimeZone";

    public static UserTimeZone Utc { get; } = new(TimeZoneInfo.Utc);

    public static UserTimeZone From(string? ianaName) =>
        !string.IsNullOrWhiteSpace(ianaName) && ianaName.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(ianaName, out var zone)
            ? new UserTimeZone(zone)
            : Utc;

    /// <summary>The zone's IANA name ("Europe/Madrid"), which reads the same in every language.</summary>
    public string Name => Zone.Id;
}
