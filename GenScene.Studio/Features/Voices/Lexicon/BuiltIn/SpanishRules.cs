using System.Text.RegularExpressions;

namespace GenScene.Studio.Features.Voices.Lexicon.BuiltIn;

/// <summary>
/// What Spanish speakers say for prices, times, units, common abbreviations and numbers, applied in
/// that order: each rule writes words only, so a later rule never reads an earlier one's output.
/// </summary>
public sealed partial class SpanishRules : IBuiltInRules
{
    public static readonly SpanishRules Instance = new();

    private static readonly Dictionary<string, (string One, string Many)> Units = new(StringComparer.Ordinal)
    {
        ["km/h"] = ("kilómetro por hora", "kilómetros por hora"),
        ["km"] = ("kilómetro", "kilómetros"), ["m"] = ("metro", "metros"), ["cm"] = ("centímetro", "centímetros"), ["mm"] = ("milímetro", "milímetros"),
        ["kg"] = ("kilo", "kilos"), ["g"] = ("gramo", "gramos"), ["mg"] = ("miligramo", "miligramos"),
        ["l"] = ("litro", "litros"), ["L"] = ("litro", "litros"), ["ml"] = ("mililitro", "mililitros"),
        ["h"] = ("hora", "horas"), ["min"] = ("minuto", "minutos"), ["seg"] = ("segundo", "segundos"),
        ["%"] = ("por ciento", "por ciento"), ["°C"] = ("grado", "grados"), ["ºC"] = ("grado", "grados"), ["°"] = ("grado", "grados"),
    };

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sr."] = "señor", ["Sra."] = "señora", ["Srta."] = "señorita", ["Sres."] = "señores", ["Dr."] = "doctor", ["Dra."] = "doctora",
        ["Avda."] = "avenida", ["Av."] = "avenida", ["etc."] = "etcétera", ["núm."] = "número", ["nº"] = "número", ["n.º"] = "número",
        ["tel."] = "teléfono", ["tlf."] = "teléfono", ["pág."] = "página", ["Ud."] = "usted", ["Uds."] = "ustedes", ["aprox."] = "aproximadamente",
        ["D."] = "don", ["Dña."] = "doña",
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
            "$" or "us$" or "dólar" or "dólares" or "usd" => ("dólar", "dólares", "centavo", "centavos"),
            "£" or "libra" or "libras" => ("libra", "libras", "penique", "peniques"),
            _ => ("euro", "euros", "céntimo", "céntimos"),
        };
        if (units < 0)
        {
            return whole + " " + many;
        }
        if (units == 0 && cents > 0)
        {
            return $"{SpanishNumbers.BeforeNoun(cents)} {(cents == 1 ? centOne : centMany)}";
        }
        // "un millón de euros": a round million takes "de".
        var name = units == 1 ? one : (units >= 1_000_000 && units % 1_000_000 == 0 ? "de " : "") + many;
        var said = $"{SpanishNumbers.BeforeNoun(units)} {name}";
        return cents == 0 ? said : $"{said} con {SpanishNumbers.Words(cents)}";
    }

    /// <summary>"10:30" is "diez y media"; from 13:00 on, the 24-hour reading: "catorce treinta", "catorce horas".</summary>
    public static string Clock(int hour, int minute)
    {
        var h = SpanishNumbers.Feminine(hour);
        if (hour is >= 1 and <= 12)
        {
            return minute switch
            {
                0 => $"{h} en punto",
                15 => $"{h} y cuarto",
                30 => $"{h} y media",
                45 => $"{SpanishNumbers.Feminine(hour % 12 + 1)} menos cuarto",
                _ => $"{h} y {SpanishNumbers.Words(minute)}",
            };
        }
        return minute switch
        {
            0 => $"{h} horas",
            < 10 => $"{h} cero {SpanishNumbers.Words(minute)}",
            _ => $"{h} {SpanishNumbers.Words(minute)}",
        };
    }

    private static string Quantity(string whole, string decimals, string unit)
    {
        var (one, many) = Units[unit];
        var number = NumberFormats.Whole(whole);
        if (number < 0)
        {
            return whole + " " + many;
        }
        if (decimals.Length > 0)
        {
            return $"{Plain(whole, decimals)} {many}";
        }
        return $"{SpanishNumbers.BeforeNoun(number)} {(number == 1 ? one : many)}";
    }

    private static string Plain(string whole, string decimals)
    {
        if (NumberFormats.IsCode(whole) || NumberFormats.Whole(whole) < 0)
        {
            return string.Join(' ', whole.Where(char.IsAsciiDigit).Select(d => SpanishNumbers.Words(d - '0')));
        }
        var said = SpanishNumbers.Words(NumberFormats.Whole(whole));
        if (decimals.Length == 0)
        {
            return said;
        }
        var after = NumberFormats.ReadAsNumber(decimals)
            ? SpanishNumbers.Words(long.Parse(decimals, System.Globalization.CultureInfo.InvariantCulture))
            : string.Join(' ', decimals.Select(d => SpanishNumbers.Words(d - '0')));
        return $"{said} coma {after}";
    }

    // A whole part: "1.000.000", "1 000" or plain digits; a price's decimals are one or two digits after "," or ".".
    private const string Whole = @"(?<int>\d{1,3}(?:\.\d{3})+(?![\d])|\d+)";

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<cur>€|US\$|\$|£)\s?" + Whole + @"(?:[,.](?<dec>\d{1,2}))?(?![\d])")]
    private static partial Regex PricePrefix();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])" + Whole + @"(?:[,.](?<dec>\d{1,2}))?\s?(?<cur>€|EUR|US\$|USD|\$|£|euros?|dólar(?:es)?|libras?)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex PriceSuffix();

    [GeneratedRegex(@"(?<![\p{N}:.,])(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?:\s?h(?![\p{L}]))?(?![\p{N}:])")]
    private static partial Regex Time();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])" + Whole + @"(?:,(?<dec>\d+))?\s?(?<unit>km/h|km|cm|mm|kg|mg|ml|min|seg|°C|ºC|°|%|m|g|l|L|h)(?![\p{L}\p{N}])")]
    private static partial Regex Unit();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?:Srta\.|Sres\.|Sra\.|Sr\.|Dra\.|Dr\.|Avda\.|Av\.|etc\.|núm\.|n\.º|nº|tel\.|tlf\.|pág\.|Uds\.|Ud\.|aprox\.|Dña\.|D\.(?=\s\p{Lu}))", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])" + Whole + @"(?:,(?<dec>\d+))?(?![\p{L}\p{N}]|[.,]\d)")]
    private static partial Regex Number();
}
