using System.Text;
using System.Text.RegularExpressions;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>
/// Cuts text into parts no longer than an engine's limit, at sentence ends where possible, then at
/// clause marks, then at spaces; never inside a word unless a single word is longer than the limit.
/// </summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 1);
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var sentence in Sentences(text.Trim()))
        {
            foreach (var piece in Fit(sentence, maxCharacters))
            {
                if (current.Length > 0 && current.Length + 1 + piece.Length > maxCharacters)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }
                if (current.Length > 0)
                {
                    current.Append(' ');
                }
                current.Append(piece);
            }
        }
        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }
        return parts;
    }

    /// <summary>The sentences of a text, whatever their length (composition captions each one).</summary>
    public static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>A sentence longer than the limit is cut at commas and semicolons, then at spaces.</summary>
    private static IEnumerable<string> Fit(string sentence, int max)
    {
        if (sentence.Length <= max)
        {
            yield return sentence;
            yield break;
        }
        foreach (var clause in ClauseEnd().Split(sentence).Select(c => c.Trim()).Where(c => c.Length > 0))
        {
            if (clause.Length <= max)
            {
                yield return clause;
                continue;
            }
            var line = new StringBuilder();
            foreach (var word in clause.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > max)
                {
                    yield return line.ToString();
                    line.Clear();
                }
                for (var w = word; w.Length > 0;)
                {
                    var take = Math.Min(w.Length, max - line.Length - (line.Length > 0 ? 1 : 0));
                    if (take <= 0)
                    {
                        yield return line.ToString();
                        line.Clear();
                        continue;
                    }
                    if (line.Length > 0) { line.Append(' '); }
                    line.Append(w[..take]);
                    w = w[take..];
                }
            }
            if (line.Length > 0)
            {
                yield return line.ToString();
            }
        }
    }

    // After . ! ? … (and Spanish closing marks) followed by white space.
    [GeneratedRegex(@"(?<=[.!?…]['""»”)]?)\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=[,;:])\s+")]
    private static partial Regex ClauseEnd();
}
