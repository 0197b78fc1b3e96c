using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GenScene.Studio.Features.Voices.Lexicon;

/// <summary>A stretch of a text to speak, or a pause of exact length between two.</summary>
public sealed record ScriptPiece(string? Text, double PauseSeconds = 0)
{
    public bool IsPause => Text is null;
}

/// <summary>
/// The markup a writer puts in any text to speak: <c>[pause 1.5s]</c> (or <c>[pausa 1,5 s]</c>) is silence
/// of that length, and a blank line between paragraphs a short pause. Captions and titles show the text
/// without it (<see cref="Visible"/>).
/// </summary>
public static partial class SpeechMarkup
{
    /// <summary>The longest pause one mark may ask for; longer is refused where the text is taken in.</summary>
    public const double MaxPauseSeconds = 60;

    /// <summary>
    /// The text's pieces. A text without marks or blank lines is one piece holding the text exactly as given,
    /// so its cache key is the one it had before marks existed.
    /// </summary>
    public static IReadOnlyList<ScriptPiece> Parse(string text, double paragraphPauseSeconds)
    {
        if (!Pause().IsMatch(text) && !(paragraphPauseSeconds > 0 && BlankLine().IsMatch(text)))
        {
            return [new ScriptPiece(text)];
        }
        var pieces = new List<ScriptPiece>();
        var paragraphs = paragraphPauseSeconds > 0 ? BlankLine().Split(text) : [text];
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (p > 0)
            {
                pieces.Add(new ScriptPiece(null, paragraphPauseSeconds));
            }
            var at = 0;
            foreach (Match mark in Pause().Matches(paragraphs[p]))
            {
                AddText(pieces, paragraphs[p][at..mark.Index]);
                pieces.Add(new ScriptPiece(null, Math.Min(Seconds(mark), MaxPauseSeconds)));
                at = mark.Index + mark.Length;
            }
            AddText(pieces, paragraphs[p][at..]);
        }
        return pieces;
    }

    /// <summary>The pauses of a text that are longer than <see cref="MaxPauseSeconds"/> (for validation).</summary>
    public static IEnumerable<double> TooLongPauses(string text) =>
        Pause().Matches(text).Select(Seconds).Where(s => s > MaxPauseSeconds);

    /// <summary>The text as a person reads it: pause marks removed, spaces left by them closed.</summary>
    public static string Visible(string text) =>
        Pause().IsMatch(text) ? Spaces().Replace(Pause().Replace(text, " "), " ").Trim() : text;

    /// <summary>
    /// The pieces as one string for the speech cache key: the one text piece itself when there is no pause,
    /// so unmarked text keeps its key; otherwise every pause in one canonical spelling.
    /// </summary>
    public static string KeyText(IReadOnlyList<ScriptPiece> pieces)
    {
        if (pieces is [{ IsPause: false } only])
        {
            return only.Text!;
        }
        var key = new StringBuilder();
        foreach (var piece in pieces)
        {
            key.Append(piece.IsPause ? string.Create(CultureInfo.InvariantCulture, $"[pause {piece.PauseSeconds:0.###}s]") : piece.Text);
            key.Append('\n');
        }
        return key.ToString();
    }

    private static void AddText(List<ScriptPiece> pieces, string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            pieces.Add(new ScriptPiece(text.Trim()));
        }
    }

    private static double Seconds(Match mark)
    {
        var value = double.Parse(mark.Groups["n"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        return mark.Groups["ms"].Success ? value / 1000 : value;
    }

    // [pause 1.5s], [pausa 1,5 s], [pause 2 seconds], [pausa 500 ms]; any case.
    [GeneratedRegex(@"\[\s*paus[ea]\s+(?<n>\d{1,6}(?:[.,]\d{1,3})?)\s*(?:(?<ms>ms)|s|sec|secs|seconds?|seg|segundos?)?\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pause();

    [GeneratedRegex(@"[ \t]*\r?\n[ \t]*\r?\n\s*")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
