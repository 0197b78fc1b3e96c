using System.Globalization;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Tests.Infrastructure.Localization;

/// <summary>Numbers, durations and moments as each language writes them, on the viewer's clock.</summary>
public sealed class StudioFormatTests
{
    private static readonly DateTimeOffset Evening = new(2026, 12, 3, 18, 53, 0, TimeSpan.Zero);

    [Fact]
    public void Spanish_writes_a_decimal_comma_and_day_first_dates_on_the_viewers_clock()
    {
        using var _ = new CultureScope("es");
        var madrid = UserTimeZone.From("Europe/Madrid");

        Assert.Equal("3,5 s", StudioFormat.Seconds(3.5));
        Assert.Equal("03/12/2026", StudioFormat.Date(Evening, madrid));
        Assert.Equal("03/12/2026 19:53 (Europe/Madrid)", StudioFormat.MomentNamed(Evening, madrid));
    }

    [Fact]
    public void English_writes_a_decimal_point_and_month_first_dates()
    {
        using var _ = new CultureScope("en");
        var newYork = UserTimeZone.From("America/New_York");

        Assert.Equal("3.5 s", StudioFormat.Seconds(3.5));
        Assert.Equal("12/3/2026", StudioFormat.Date(Evening, newYork));
        Assert.Equal("12/3/2026 1:53 PM (America/New_York)", StudioFormat.MomentNamed(Evening, newYork).Replace('\u202f', ' '));
    }

    [Fact]
    public void An_unknown_or_hostile_zone_name_falls_back_to_utc_named_as_such()
    {
        Assert.Equal("UTC", UserTimeZone.From("Mars/Olympus").Name);
        Assert.Equal("UTC", UserTimeZone.From("../../etc/passwd").Name);
        Assert.Equal("UTC", UserTimeZone.From(null).Name);
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _ui = CultureInfo.CurrentUICulture;

        public CultureScope(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = StudioCultures.Culture(name);

        public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_culture, _ui);
    }
}
