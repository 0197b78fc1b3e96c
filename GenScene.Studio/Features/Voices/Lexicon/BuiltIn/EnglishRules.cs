using System.Text.RegularExpressions;

namespace GenScene.Studio.Features.Voices.Lexicon.BuiltIn;

/// <summary>
/// What English speakers say for prices, times, units, common abbreviations and numbers, applied in
/// that order: each rule writes words only, so a later rule never reads an earlier one's output.
/// </summary>
public sealed partial class EnglishRules : IBuiltInRules
{
    public static readonly EnglishRules Instance = new();

    private static readonly Dictionary<string, (string One, string Many)> Units = new(StringComparer.Ordinal)
    {
        ["km/h"] = ("kilometer per hour", "kilometers per hour"), ["mph"] = ("mile per hour", "miles per hour"),
        ["km"] = ("kilometer", "kilometers"), ["m"] = ("meter", "meters"), ["cm"] = ("centimeter", "centimeters"), ["mm"] = ("millimeter", "millimeters"),
        ["kg"] = ("kilogram", "kilograms"), ["g"] = ("gram", "grams"), ["mg"] = ("milligram", "milligrams"),
        ["l"] = ("liter", "liters"), ["L"] = ("liter", "liters"), ["ml"] = ("milliliter", "milliliters"),
        ["lb"] = ("pound", "pounds"), ["lbs"] = ("pound", "pounds"), ["oz"] = ("ounce", "ounces"), ["ft"] = ("foot", "feet"),
        ["h"] = ("hour", "hours"), ["hr"] = ("hour", "hours"), ["hrs"] = ("hour", "hours"), ["min"] = ("minute", "minutes"),
        ["sec"] = ("second", "seconds"),
        ["%"] = ("percent", "percent"), ["°C"] = ("degree Celsius", "degrees Celsius"), ["°F"] = ("degree Fahrenheit", "degrees Fahrenheit"), ["°"] = ("degree", "degrees"),
    };

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Mr."] = "mister", ["Mrs."] = "missus", ["Ms."] = "miz", ["Dr."] = "doctor", ["Ave."] = "avenue", ["etc."] = "et cetera",
        ["e.g."] = "for example", ["i.e."] = "that is", ["approx."] = "approximately", ["vs."] = "versus", ["No."] = "number", ["Jr."] = "junior",
    };

    public string Apply(string text)
    {
        text = PricePrefix().Replace(text, m => Price(m.Groups["int"].Value, m.Groups["dec"].Value, m.Groups["cur"].Value));
        text = PriceSuffix().Replace(text, m => Price(m.Groups["int"].Value, m.Groups["dec"].Value, m.Groups["cur"].Value));
        text = Time().Replace(text, m => Clock(int.Parse(m.Groups["h"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)));
        text = Unit().Replace(text, m => Quantity(m.Groups["int"].Value, m.Groups["dec"].Value, m.Groups["unit"].Value));
        text = Abbreviation().Replace(text, m => Abbreviations[m.Value]);
        return Number().Replace(text, m => Plain(m.Groups["int"].Value, m.Groups["dec"].Value));
    }

    private static string Price(string whole, string decimals, string currency)
    {
        var units = NumberFormats.Whole(whole);
        var cents = decimals.Length == 0 ? 0 : NumberFormats.Cents(decimals);
        var (one, many, centOne, centMany) = currency.ToLowerInvariant() switch
        {
            "€" or "eur" or "euro" or "euros" => ("euro", "euros", "cent", "cents"),
            "£" or "gbp" => ("pound", "pounds", "penny", "pence"),
            _ => ("dollar", "dollars", "cent", "cents"),
        };
        if (units < 0)
        {
            return whole + " " + many;
        }
        var centsSaid = $"{EnglishNumbers.Words(cents)} {(cents == 1 ? centOne : centMany)}";
        if (units == 0 && cents > 0)
        {
            return centsSaid;
        }
        var said = $"{EnglishNumbers.Words(units)} {(units == 1 ? one : many)}";
        return cents == 0 ? said : $"{said} and {centsSaid}";
    }

    /// <summary>"10:30" is "ten thirty", "10:05" "ten oh five", "10:00" "ten o'clock", "14:00" "fourteen hundred".</summary>
    public static string Clock(int hour, int minute) => minute == 0
        ? hour is >= 1 and <= 12 ? $"{EnglishNumbers.Words(hour)} o'clock" : $"{EnglishNumbers.Words(hour)} hundred"
        : $"{EnglishNumbers.Words(hour)} {EnglishNumbers.Minutes(minute)}";

    private static string Quantity(string whole, string decimals, string unit)
    {
        var (one, many) = Units[unit];
        var number = NumberFormats.Whole(whole);
        if (number < 0)
        {
            return whole + " " + many;
        }
        return decimals.Length > 0 ? $"{Plain(whole, decimals)} {many}" : $"{EnglishNumbers.Words(number)} {(number == 1 ? one : many)}";
    }

    private static string Plain(string whole, string decimals)
    {
        if (NumberFormats.IsCode(whole) || NumberFormats.Whole(whole) < 0)
        {
            return string.Join(' ', whole.Where(char.IsAsciiDigit).Select(d => EnglishNumbers.Words(d - '0')));
        }
        var said = EnglishNumbers.Words(NumberFormats.Whole(whole));
        // "3.14" is "three point one four": digits after the point are always said one by one.
        return decimals.Length == 0 ? said : $"{said} point {string.Join(' ', decimals.Select(d => EnglishNumbers.Words(d - '0')))}";
    }

    private const string Whole = @"(?<int>\d{1,3}(?:,\d{3})+(?![\d])|\d+)";

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<cur>€|US\$|\$|£)\s?" + Whole + @"(?:\.(?<dec>\d{1,2}))?(?![\d])")]
    private static partial Regex PricePrefix();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])" + Whole + @"(?:\.(?<dec>\d{1,2}))?\s?(?<cur>€|EUR|USD|GBP|euros?)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex PriceSuffix();

    [GeneratedRegex(@"(?<![\p{N}:.,])(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?![\p{N}:])")]
    private static partial Regex Time();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])" + Whole + @"(?:\.(?<dec>\d+))?\s?(?<unit>km/h|mph|km|cm|mm|kg|mg|ml|lbs|lb|oz|ft|hrs|hr|min|sec|°C|°F|°|%|m|g|l|L|h)(?![\p{L}\p{N}])")]
    private static partial Regex Unit();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?:Mrs\.|Mr\.|Ms\.|Dr\.|Ave\.|etc\.|e\.g\.|i\.e\.|approx\.|vs\.|Jr\.|No\.(?=\s?\d))", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])" + Whole + @"(?:\.(?<dec>\d+))?(?![\p{L}\p{N}]|[.,]\d)")]
    private static partial Regex Number();
}
