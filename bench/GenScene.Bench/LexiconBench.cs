using System.Diagnostics;
using System.Text;
using GenScene.Studio.Features.Voices.Lexicon;

namespace GenScene.Bench;

/// <summary>
/// What the pronunciation lexicon adds to every speech request: rewriting a 5,000-character Spanish text
/// (prices, times, units, abbreviations, numbers) with 100 admin entries. Target: under 1 ms per 1,000 characters.
/// </summary>
internal static class LexiconBench
{
    private static readonly string[] Sentences =
    [
        "Las naranjas de Valencia cuestan 3,50 € el kilo hasta las 10:30.",
        "El Sr. García abre la tienda 24h y hace descuentos del 20%.",
        "La tienda de GenScene está a 5 km del centro, en la Avda. del Puerto.",
        "Hoy tenemos 1.250 botellas de aceite a 12,99 € cada una.",
        "Le esperamos a las 21:45 en la caja número 7, señora.",
        "Compre 2 kg de fresas de Huelva y llévese un regalo.",
    ];

    public static void Run()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 5000; i++)
        {
            text.Append(Sentences[i % Sentences.Length]).Append(' ');
        }
        var input = text.ToString()[..5000];
        var entries = Enumerable.Range(0, 100).Select(i => new LexiconEntry
        {
            Id = $"e{i}", Phrase = i == 0 ? "GenScene" : $"Marca{i}", Language = "es", Alias = i == 0 ? "Yen Sin" : $"marca {i}",
        }).ToList();
        var rules = new LexiconRules(entries);
        _ = rules.Rewrite(input, "es"); // compiles the entries' pattern once, as the studio does on the first request after an edit

        var perThousand = new List<double>();
        for (var i = 0; i < 301; i++)
        {
            var started = Stopwatch.GetTimestamp();
            _ = rules.Rewrite(input, "es");
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (i > 0)
            {
                perThousand.Add(ms / (input.Length / 1000.0));
            }
        }
        Console.WriteLine($"tts: lexicon rewrite of {input.Length:N0} Spanish characters with {entries.Count} entries and the built-in readings: "
            + $"median {Percentiles.Of(perThousand, 50):0.000} ms per 1,000 characters, p95 {Percentiles.Of(perThousand, 95):0.000} (n={perThousand.Count}; target < 1 ms)");
    }
}
