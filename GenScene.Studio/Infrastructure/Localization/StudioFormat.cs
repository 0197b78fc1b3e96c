using System.Globalization;

namespace GenScene.Studio.Infrastructure.Localization;

/// <summary>
/// Numbers, durations and moments as the current culture writes them: "3,5 s" and "03/12/2026 19:53" in Spanish,
/// "3.5 s" and "12/3/2026 7:53 PM" in English. Moments are shown on the viewer's clock.
/// </summary>
public static class StudioFormat
{
    public static string Seconds(double seconds, int decimals = 1) =>
        seconds.ToString("0." + new string('#', Math.Max(decimals, 1)), CultureInfo.CurrentCulture) + " s";

    public static string Number(double value, int decimals = 0) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>Short date and time on the viewer's clock, without the zone's name (a column headed by it, a tooltip).</summary>
    public static string Moment(DateTimeOffset at, UserTimeZone zone) =>
        TimeZoneInfo.ConvertTime(at, zone.Zone).ToString("g", CultureInfo.CurrentCulture);

    public static string Date(DateTimeOffset at, UserTimeZone zone) =>
        TimeZoneInfo.ConvertTime(at, zone.Zone).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>Date and time with the zone named: "03/12/2026 19:53 (Europe/Madrid)".</summary>
    public static string MomentNamed(DateTimeOffset at, UserTimeZone zone) => $"{Moment(at, zone)} ({zone.Name})";
}
