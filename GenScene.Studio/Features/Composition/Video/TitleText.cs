using System.Text;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>A title card's text, wrapped to the frame: drawtext draws lines as given and never wraps.</summary>
public static class TitleText
{
    /// <summary>Sized by the short side, so a portrait frame does not get text wider than itself.</summary>
    public static int FontSize(FrameFormat format) => Math.Max(12, Math.Min(format.Width, format.Height) / 14);

    /// <summary>DejaVu Sans averages about 0.55 em per character; 85% of the width is left for text.</summary>
    public static int CharactersPerLine(FrameFormat format) => Math.Max(8, (int)(format.Width * 0.85 / (FontSize(format) * 0.55)));

    public static string Wrap(string text, int charactersPerLine)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > charactersPerLine)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) { line.Append(' '); }
            line.Append(word);
        }
        if (line.Length > 0) { lines.Add(line.ToString()); }
        return string.Join('\n', lines);
    }
}
