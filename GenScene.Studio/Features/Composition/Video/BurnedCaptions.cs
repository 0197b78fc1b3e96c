using System.Globalization;
using GenScene.Studio.Features.Composition.Planning;
using GenScene.Studio.Infrastructure.Media.Filters;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>
/// A caption drawn on frames [First, Last] of one piece, its text read from a file, placed in its scene's look's
/// safe area (<see cref="TextLayout"/>), in its scene's style's caption look (or the plain one).
/// </summary>
public sealed record PieceCaption(int First, int Last, string TextFile, TextPlacement Place, SceneCaption? Look = null);

/// <summary>
/// Captions burned into the picture, sentence by sentence, with the same cues as captions.srt. Each
/// segment or transition piece draws the cues that overlap its own frames, numbered from its first
/// frame, so pieces stay independent (rendered in parallel, cached, joined by copy).
/// </summary>
public sealed class BurnedCaptions
{
    private readonly List<(int First, int Last, string File, TextPlacement Place, SceneCaption? Look)> _cues = [];

    public static BurnedCaptions None { get; } = new();

    /// <summary>No caption is drawn anywhere (soft captions, or none).</summary>
    public bool IsEmpty => _cues.Count == 0;

    /// <summary>
    /// Lays out each cue in the look of the scene that speaks it (<paramref name="styles"/> by scene number:
    /// its caption font and colours, and the safe area its look leaves) and writes its wrapped text to a file
    /// in <paramref name="directory"/>.
    /// </summary>
    public static async Task<BurnedCaptions> PrepareAsync(CompositionPlan plan, FrameFormat format, string directory, string fontFile,
        IReadOnlyDictionary<int, SceneStyle?> styles, CancellationToken cancellationToken)
    {
        var captions = new BurnedCaptions();
        Directory.CreateDirectory(directory);
        foreach (var cue in plan.Cues)
        {
            var style = styles.GetValueOrDefault(cue.Scene);
            var place = TextLayout.Caption(cue.Text, format, style?.Look, style?.Caption?.FontFile ?? fontFile);
            var file = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"cue-{cue.Index}.txt"));
            await File.WriteAllTextAsync(file, place.Text, cancellationToken).ConfigureAwait(false);
            var first = (int)Math.Round(cue.StartSeconds * plan.Fps);
            var last = Math.Min(plan.TotalFrames, (int)Math.Round(cue.EndSeconds * plan.Fps)) - 1;
            if (last >= first)
            {
                captions._cues.Add((first, last, file, place, style?.Caption));
            }
        }
        return captions;
    }

    /// <summary>The cues that show during frames [start, start + count) of the episode, in the piece's own frame numbers.</summary>
    public IReadOnlyList<PieceCaption> For(int start, int count) =>
        [.. _cues.Where(c => c.Last >= start && c.First < start + count)
            .Select(c => new PieceCaption(Math.Max(0, c.First - start), Math.Min(count - 1, c.Last - start), c.File, c.Place, c.Look))];

    /// <summary>Draws the piece's captions over <paramref name="picture"/>; returns the picture unchanged when there are none.</summary>
    public static FilterPad Draw(FilterGraph graph, FilterPad picture, IReadOnlyList<PieceCaption> captions, string fontFile) =>
        captions.Count == 0
            ? picture
            : graph.Chain(picture, [.. captions.Select(c => VideoFilters.Caption(fontFile, c.TextFile, c.Place, c.First, c.Last, c.Look))]);

    /// <summary>What shapes a piece's captions, for its cache key (the text as laid out, its frames and look, not the temporary file).</summary>
    public static object Identity(IReadOnlyList<PieceCaption> captions) => captions.Select(c => new { c.First, c.Last, c.Place, c.Look }).ToList();
}
