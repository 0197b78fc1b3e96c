namespace GenScene.Studio.Features.Styles;

/// <summary>A rectangle of the frame in pixels; <see cref="What"/> names it for messages and tests ("left bar", "date stamp").</summary>
public sealed record LookRegion(string What, int X, int Y, int Width, int Height)
{
    public int Right => X + Width;
    public int Bottom => Y + Height;
    public long Area => (long)Math.Max(0, Width) * Math.Max(0, Height);

    public bool Overlaps(LookRegion other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}

/// <summary>
/// What a look draws over the picture (its bars and its date stamp), and the safe area that remains for
/// text the studio adds (captions, a title card's text). The filters draw the bars and the stamp from these
/// same rectangles, so what is declared is what is drawn.
/// </summary>
public static class LookRegions
{
    /// <summary>The regions the look covers in a <paramref name="width"/>x<paramref name="height"/> frame; none for a plain look.</summary>
    public static IReadOnlyList<LookRegion> Covered(StyleLook look, int width, int height) =>
        look.Overlay == LookOverlay.DateStamp ? [.. Bars(look, width, height), DateStamp(look, width, height).Box] : Bars(look, width, height);

    /// <summary>The black bars that frame the picture at the look's aspect ratio (letterbox or pillarbox).</summary>
    public static IReadOnlyList<LookRegion> Bars(StyleLook look, int width, int height)
    {
        if (LetterHeight(look.FrameAspect, width, height) is > 0 and var bar)
        {
            return [new("top bar", 0, 0, width, bar), new("bottom bar", 0, height - bar, width, bar)];
        }
        if (PillarWidth(look.FrameAspect, width, height) is > 0 and var pillar)
        {
            return [new("left bar", 0, 0, pillar, height), new("right bar", width - pillar, 0, pillar, height)];
        }
        return [];
    }

    /// <summary>
    /// Where the date stamp's text starts, its size, and the box it can cover: its glyphs (DejaVu Sans, at most
    /// about 0.7 em wide a character in this all-capitals text, 1.2 em tall with descenders) and its shadow.
    /// </summary>
    public static (int X, int Y, int FontSize, LookRegion Box) DateStamp(StyleLook look, int width, int height)
    {
        var size = Math.Max(12, height / 18);
        var x = PillarWidth(look.FrameAspect, width, height) + width / 30;
        var y = height - height / 12 - size;
        var textWidth = (int)Math.Ceiling(StyleLookFilters.DateStampText.Length * 0.7 * size);
        const int shadow = 2, spare = 4;
        var box = new LookRegion("date stamp", x - spare, y - spare, Math.Min(width - x, textWidth) + 2 * spare + shadow, (int)Math.Ceiling(size * 1.2) + 2 * spare + shadow);
        return (x, y, size, box);
    }

    /// <summary>
    /// The largest rectangle of the frame that no region covers: the frame inside its bars, then, for each
    /// region still inside it (a stamp), the largest of the parts above, below, left and right of it.
    /// </summary>
    public static LookRegion SafeArea(StyleLook? look, int width, int height)
    {
        var safe = new LookRegion("safe area", 0, 0, width, height);
        if (look is null)
        {
            return safe;
        }
        foreach (var region in Covered(look, width, height))
        {
            if (!region.Overlaps(safe))
            {
                continue;
            }
            LookRegion[] parts =
            [
                safe with { Height = region.Y - safe.Y },
                safe with { Y = region.Bottom, Height = safe.Bottom - region.Bottom },
                safe with { Width = region.X - safe.X },
                safe with { X = region.Right, Width = safe.Right - region.Right },
            ];
            safe = parts.Where(p => p.Width > 0 && p.Height > 0).DefaultIfEmpty(safe with { Width = 0, Height = 0 }).MaxBy(p => p.Area)!;
        }
        return safe;
    }

    internal static int PillarWidth(double aspect, int width, int height) =>
        aspect > 0 && aspect < (double)width / height ? (int)Math.Round((width - height * aspect) / 2) : 0;

    internal static int LetterHeight(double aspect, int width, int height) =>
        aspect > (double)width / height ? (int)Math.Round((height - width / aspect) / 2) : 0;
}
