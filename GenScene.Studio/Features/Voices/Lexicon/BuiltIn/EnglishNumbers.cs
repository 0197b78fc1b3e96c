namespace GenScene.Studio.Features.Voices.Lexicon.BuiltIn;

/// <summary>Whole numbers as English words, American style ("one hundred five", "twenty-one").</summary>
public static class EnglishNumbers
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (long Size, string Name)[] Scales = [(1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];

    public static string Words(long number)
    {
        if (number < 0)
        {
            return "minus " + Words(-number);
        }
        if (number >= 1_000_000_000_000)
        {
            return Digits(number);
        }
        var parts = new List<string>();
        foreach (var (size, name) in Scales)
        {
            if (number >= size)
            {
                parts.Add(UnderThousand((int)(number / size)) + " " + name);
                number %= size;
            }
        }
        if (number > 0 || parts.Count == 0)
        {
            parts.Add(UnderThousand((int)number));
        }
        return string.Join(' ', parts);
    }

    /// <summary>Minutes past the hour as a clock says them: "oh five", "thirty".</summary>
    public static string Minutes(int minutes) => minutes < 10 ? "oh " + Units[minutes] : UnderThousand(minutes);

    private static string UnderThousand(int number)
    {
        var hundreds = number / 100;
        var rest = number % 100;
        var tail = rest == 0 ? "" : rest < 20 ? Units[rest] : rest % 10 == 0 ? Tens[rest / 10] : Tens[rest / 10] + "-" + Units[rest % 10];
        if (hundreds == 0)
        {
            return rest == 0 ? "zero" : tail;
        }
        return rest == 0 ? Units[hundreds] + " hundred" : Units[hundreds] + " hundred " + tail;
    }

    /// <summary>Numbers past the billions (codes, not quantities) are read digit by digit.</summary>
    public static string Digits(long number) =>
        string.Join(' ', number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => d == '-' ? "minus" : Units[d - '0']));
}
