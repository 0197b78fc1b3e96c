using System.Globalization;
using GenScene.Studio.Features.Composition.Planning;
using GenScene.Studio.Infrastructure.Media.Filters;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>A caption drawn on frames [First, Last] of one piece, its text read from a file, in its scene's style's caption look (or the plain one).</summary>
public sealed record PieceCaption(int First, int Last, string Text, string TextFile, SceneCaption? Look = null);

/// <summary>
/// Captions burned into the picture, sentence by sentence, with the same cues as captions.srt. Each
/// segment or transition piece draws the cues that overlap its own frames, numbered from its first
/// frame, so pieces stay independent (rendered in parallel, cached, joined by copy).
/// </summary>
public sealed class BurnedCaptions
{
    private readonly List<(int First, int Last, string Text, string File, SceneCaption? Look)> _cues = [];

    public static BurnedCaptions None { get; } = new();

    /// <summary>
    /// Writes each cue's text (wrapped to the frame) to a file in <paramref name="directory"/>. Each cue
    /// is drawn in the caption look of the scene that speaks it (<paramref name="looks"/> by scene number).
    /// </summary>
    public static async Task<BurnedCaptions> PrepareAsync(CompositionPlan plan, FrameFormat format, string directory, CancellationToken cancellationToken,
        IReadOnlyDictionary<int, SceneCaption?>? looks = null)
    {
        var captions = new BurnedCaptions();
        Directory.CreateDirectory(directory);
        foreach (var cue in plan.Cues)
        {
            var text = TitleText.Wrap(cue.Text, CharactersPerLine(format));
            var file = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"cue-{cue.Index}.txt"));
            await File.WriteAllTextAsync(file, text, cancellationToken).ConfigureAwait(false);
            var first = (int)Math.Round(cue.StartSeconds * plan.Fps);
            var last = Math.Min(plan.TotalFrames, (int)Math.Round(cue.EndSeconds * plan.Fps)) - 1;
            if (last >= first)
            {
                captions._cues.Add((first, last, text, file, looks?.GetValueOrDefault(cue.Scene)));
            }
        }
        return captions;
    }

    /// <summary>The cues that show during frames [start, start + count) of the episode, in the piece's own frame numbers.</summary>
    public IReadOnlyList<PieceCaption> For(int start, int count) =>
        [.. _cues.Where(c => c.Last >= start && c.First < start + count)
            .Select(c => new PieceCaption(Math.Max(0, c.First - start), Math.Min(count - 1, c.Last - start), c.Text, c.File, c.Look))];

    /// <summary>Draws the piece's captions over <paramref name="picture"/>; returns the picture unchanged when there are none.</summary>
    public static FilterPad Draw(FilterGraph graph, FilterPad picture, IReadOnlyList<PieceCaption> captions, string fontFile, FrameFormat format) =>
        captions.Count == 0
            ? picture
            : graph.Chain(picture, [.. captions.Select(c => VideoFilters.Caption(fontFile, c.TextFile, FontSize(format), c.First, c.Last, c.Look))]);

    /// <summary>What shapes a piece's captions, for its cache key (the text, its frames and look, not the temporary file).</summary>
    public static object Identity(IReadOnlyList<PieceCaption> captions) => captions.Select(c => new { c.First, c.Last, c.Text, c.Look }).ToList();

    /// <summary>Smaller than a title card's text: a caption sits over the picture, not instead of it.</summary>
    public static int FontSize(FrameFormat format) => Math.Max(12, Math.Min(format.Width, format.Height) / 24);

    private static int CharactersPerLine(FrameFormat format) => Math.Max(8, (int)(format.Width * 0.8 / (FontSize(format) * 0.55)));
}
