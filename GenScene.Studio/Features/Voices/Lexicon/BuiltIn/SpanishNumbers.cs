namespace GenScene.Studio.Features.Voices.Lexicon.BuiltIn;

/// <summary>
/// Whole numbers as Spanish words. "uno" is cut to "un" before a masculine noun ("un euro",
/// "veintiún kilos") and before "mil"/"millones", as Spanish speakers say it; <see cref="Feminine"/>
/// gives "una"/"veintiuna" for hours ("la una").
/// </summary>
public static class SpanishNumbers
{
    private static readonly string[] Units =
    [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
        "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
        "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
    ];

    private static readonly string[] Tens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];

    private static readonly string[] Hundreds =
        ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"];

    /// <summary>The number as spoken on its own ("veintiuno").</summary>
    public static string Words(long number) => Say(number, Form.Plain);

    /// <summary>The number before a masculine noun ("veintiún euros", "un kilómetro").</summary>
    public static string BeforeNoun(long number) => Say(number, Form.Apocope);

    /// <summary>The number before a feminine noun or as an hour ("una", "veintiuna").</summary>
    public static string Feminine(long number) => Say(number, Form.Feminine);

    private enum Form { Plain, Apocope, Feminine }

    private static string Say(long number, Form form)
    {
        if (number < 0)
        {
            return "menos " + Say(-number, form);
        }
        if (number < 1_000)
        {
            return UnderThousand((int)number, form);
        }
        if (number < 1_000_000)
        {
            var thousands = (int)(number / 1_000);
            var rest = (int)(number % 1_000);
            // "mil", never "un mil"; "veintiún mil" (or "veintiuna mil" before a feminine noun).
            var head = thousands == 1 ? "mil" : UnderThousand(thousands, form == Form.Feminine ? Form.Feminine : Form.Apocope) + " mil";
            return rest == 0 ? head : head + " " + UnderThousand(rest, form);
        }
        if (number < 1_000_000_000_000)
        {
            var millions = number / 1_000_000;
            var rest = number % 1_000_000;
            var head = millions == 1 ? "un millón" : Say(millions, Form.Apocope) + " millones";
            return rest == 0 ? head : head + " " + Say(rest, form);
        }
        return Digits(number);
    }

    private static string UnderThousand(int number, Form form)
    {
        if (number == 100)
        {
            return "cien";
        }
        var hundreds = number / 100;
        var rest = number % 100;
        var head = hundreds == 0 ? "" : form == Form.Feminine && hundreds > 1 ? Hundreds[hundreds][..^2] + "as" : Hundreds[hundreds];
        if (rest == 0)
        {
            return hundreds == 0 ? "cero" : head;
        }
        var tail = UnderHundred(rest, form);
        return head.Length == 0 ? tail : head + " " + tail;
    }

    private static string UnderHundred(int number, Form form)
    {
        if (number < 30)
        {
            return WithEnding(Units[number], form);
        }
        var tens = Tens[number / 10];
        var unit = number % 10;
        return unit == 0 ? tens : tens + " y " + WithEnding(Units[unit], form);
    }

    private static string WithEnding(string word, Form form) => form switch
    {
        Form.Apocope when word.EndsWith("uno", StringComparison.Ordinal) => word == "veintiuno" ? "veintiún" : word[..^1],
        Form.Feminine when word.EndsWith("uno", StringComparison.Ordinal) => word[..^1] + "a",
        _ => word,
    };

    /// <summary>Numbers past the billions (codes, not quantities) are read digit by digit.</summary>
    public static string Digits(long number) =>
        string.Join(' ', number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => d == '-' ? "menos" : Units[d - '0']));
}
