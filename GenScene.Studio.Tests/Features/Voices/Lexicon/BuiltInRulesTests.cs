using GenScene.Studio.Features.Voices.Lexicon;
using GenScene.Studio.Features.Voices.Lexicon.BuiltIn;

namespace GenScene.Studio.Tests.Features.Voices.Lexicon;

/// <summary>What the built-in readings make of numbers, prices, times, units and abbreviations, as a listener would hear them.</summary>
public sealed class BuiltInRulesTests
{
    [Theory]
    [InlineData("3,50 €", "tres euros con cincuenta")]
    [InlineData("Cuesta 3,50 € el kilo.", "Cuesta tres euros con cincuenta el kilo.")]
    [InlineData("3,50€", "tres euros con cincuenta")]
    [InlineData("€3,50", "tres euros con cincuenta")]
    [InlineData("1 €", "un euro")]
    [InlineData("21 €", "veintiún euros")]
    [InlineData("0,99 €", "noventa y nueve céntimos")]
    [InlineData("1.250 €", "mil doscientos cincuenta euros")]
    [InlineData("1.000.000 €", "un millón de euros")]
    [InlineData("12,5 euros", "doce euros con cincuenta")]
    [InlineData("$3.50", "tres dólares con cincuenta")]
    [InlineData("10:30", "diez y media")]
    [InlineData("a las 10:15", "a las diez y cuarto")]
    [InlineData("1:30", "una y media")]
    [InlineData("9:45", "diez menos cuarto")]
    [InlineData("8:00", "ocho en punto")]
    [InlineData("14:30", "catorce treinta")]
    [InlineData("21:05", "veintiuna cero cinco")]
    [InlineData("abierto 24h", "abierto veinticuatro horas")]
    [InlineData("5 km", "cinco kilómetros")]
    [InlineData("1 kg", "un kilo")]
    [InlineData("50%", "cincuenta por ciento")]
    [InlineData("2,5 kg", "dos coma cinco kilos")]
    [InlineData("Sr. García", "señor García")]
    [InlineData("la Sra. Pérez y el Dr. Ruiz", "la señora Pérez y el doctor Ruiz")]
    [InlineData("42", "cuarenta y dos")]
    [InlineData("100", "cien")]
    [InlineData("101", "ciento uno")]
    [InlineData("555", "quinientos cincuenta y cinco")]
    [InlineData("2026", "dos mil veintiséis")]
    [InlineData("21.000", "veintiún mil")]
    [InlineData("3,14", "tres coma catorce")]
    public void Spanish_numbers_prices_times_units_and_abbreviations_are_spelled_out(string text, string said) =>
        Assert.Equal(said, SpanishRules.Instance.Apply(text));

    [Theory]
    [InlineData("$3.50", "three dollars and fifty cents")]
    [InlineData("It costs $3.50 today.", "It costs three dollars and fifty cents today.")]
    [InlineData("$1", "one dollar")]
    [InlineData("$0.01", "one cent")]
    [InlineData("€2.05", "two euros and five cents")]
    [InlineData("£4.99", "four pounds and ninety-nine pence")]
    [InlineData("$1,250", "one thousand two hundred fifty dollars")]
    [InlineData("10:30", "ten thirty")]
    [InlineData("10:05", "ten oh five")]
    [InlineData("10:00", "ten o'clock")]
    [InlineData("open 24h", "open twenty-four hours")]
    [InlineData("5 km", "five kilometers")]
    [InlineData("1 lb", "one pound")]
    [InlineData("20%", "twenty percent")]
    [InlineData("Mr. Smith and Dr. Jones", "mister Smith and doctor Jones")]
    [InlineData("No. 5", "number five")]
    [InlineData("3.5", "three point five")]
    [InlineData("115", "one hundred fifteen")]
    public void English_numbers_prices_times_units_and_abbreviations_are_spelled_out(string text, string said) =>
        Assert.Equal(said, EnglishRules.Instance.Apply(text));

    [Theory]
    [InlineData("Hola, ¿qué tal?", "es")]
    [InlineData("Welcome to the shop.", "en-US")]
    [InlineData("Bienvenue 3,50 €", "fr-FR")]
    public void A_text_nothing_reads_differently_comes_back_as_the_same_string(string text, string language) =>
        Assert.Same(text, LexiconRules.Empty.Rewrite(text, language));

    [Fact]
    public void Spanish_rules_apply_to_every_Spanish_and_English_rules_to_every_English()
    {
        Assert.Equal("tres euros con cincuenta", LexiconRules.Empty.Rewrite("3,50 €", "es-419"));
        Assert.Equal("three dollars and fifty cents", LexiconRules.Empty.Rewrite("$3.50", "en-GB"));
    }
}
