using System.Globalization;

namespace GenScene.Studio.Features.Voices.Lexicon.BuiltIn;

/// <summary>Reads the digits a rule matched: thousands separators dropped, a decimal part kept as written.</summary>
internal static class NumberFormats
{
    /// <summary>"1.000" or "1 000" (Spanish) and "1,000" (English) are a thousand; the separator is the only non-digit here.</summary>
    public static long Whole(string digits)
    {
        var plain = new string([.. digits.Where(char.IsAsciiDigit)]);
        return plain.Length is > 0 and <= 15 ? long.Parse(plain, CultureInfo.InvariantCulture) : -1;
    }

    /// <summary>Cents from a written decimal part: "5" is 50 cents ("3,5 €"), "05" is 5.</summary>
    public static int Cents(string decimals) => decimals.Length == 1 ? (decimals[0] - '0') * 10 : int.Parse(decimals, CultureInfo.InvariantCulture);

    /// <summary>Digits after the decimal mark: "5" is said as a number, "05" or long runs digit by digit.</summary>
    public static bool ReadAsNumber(string decimals) => decimals.Length <= 2 && decimals[0] != '0';

    /// <summary>More than nine digits is a code (a phone number), read digit by digit.</summary>
    public static bool IsCode(string digits) => digits.Count(char.IsAsciiDigit) > 9;
}
