using GenScene.Studio.Features.Styles;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Styles;

/// <summary>Every seeded style's preview rendered by real ffmpeg, measured against its unstyled demo frame.</summary>
public sealed class StylePreviewTests : IDisposable
{
    private readonly StudioFactory _studio = new();

    public StylePreviewTests() => _studio.CreateClient().Dispose();

    private StylePreviews Previews => _studio.Services.GetRequiredService<StylePreviews>();
    private StyleCatalog Catalog => _studio.Services.GetRequiredService<StyleCatalog>();

    private async Task<(StyleImages.Rgb Before, StyleImages.Rgb After, string AfterPath)> RenderAsync(string id)
    {
        var style = (await Catalog.FindAsync(id, CancellationToken.None))!;
        var after = await Previews.GetAsync(style, PreviewVariant.After, CancellationToken.None);
        var before = await Previews.GetAsync(style, PreviewVariant.Before, CancellationToken.None);
        return (await StyleImages.ReadAsync(before, 1280, 720), await StyleImages.ReadAsync(after, 1280, 720), after);
    }

    [Fact]
    public async Task Seven_styles_are_seeded_and_each_preview_differs_measurably_from_its_unstyled_frame()
    {
        var styles = await Catalog.ListAsync(CancellationToken.None);
        Assert.Equal(["cinematic-realism", "documentary-grit", "stylized-3d", "anime", "film-noir", "retro-vhs-90s", "fantasy-illustration"],
            styles.Select(s => s.Id).OrderBy(id => Array.IndexOf(["cinematic-realism", "documentary-grit", "stylized-3d", "anime", "film-noir", "retro-vhs-90s", "fantasy-illustration"], id)));
        Assert.Equal(7, styles.Count);
        foreach (var style in styles)
        {
            var (before, after, _) = await RenderAsync(style.Id);
            var difference = before.MeanAbsoluteDifference(after);
            Assert.True(difference > 4, $"{style.Id}: mean difference {difference:0.00}");
        }
    }

    [Fact]
    public async Task Film_noir_has_no_colour()
    {
        var (_, _, after) = await RenderAsync("film-noir");
        Assert.InRange(await StyleImages.SaturationAsync(after), 0, 0.5);
        var style = (await Catalog.FindAsync("film-noir", CancellationToken.None))!;
        Assert.True(await StyleImages.SaturationAsync(Previews.PathOf(style, PreviewVariant.Before)) > 5, "the unstyled frame has colour");
    }

    [Fact]
    public async Task Cinematic_realism_has_black_bars_top_and_bottom_and_retro_vhs_at_the_sides()
    {
        var (cinemaBefore, cinema, _) = await RenderAsync("cinematic-realism");
        Assert.True(cinema.MeanLuma(0, 0, 1280, 80) < 3, "top bar");
        Assert.True(cinema.MeanLuma(0, 640, 1280, 720) < 3, "bottom bar");
        Assert.True(cinemaBefore.MeanLuma(0, 0, 1280, 80) > 20, "the plain frame has no top bar");
        Assert.True(cinema.MeanLuma(0, 100, 1280, 620) > 20, "the picture between the bars");

        var (_, vhs, _) = await RenderAsync("retro-vhs-90s");
        Assert.True(vhs.MeanLuma(0, 0, 150, 720) < 3, "left bar");
        Assert.True(vhs.MeanLuma(1130, 0, 1280, 720) < 3, "right bar");
        Assert.True(vhs.MeanLuma(0, 0, 1280, 80) > 10, "no bars top and bottom");
    }

    [Fact]
    public async Task Anime_has_fewer_distinct_colours_than_its_source()
    {
        var (before, after, _) = await RenderAsync("anime");
        Assert.True(after.DistinctColors() < before.DistinctColors() / 2, $"{after.DistinctColors()} vs {before.DistinctColors()}");
    }

    [Fact]
    public async Task A_second_request_is_served_from_the_cache_and_a_new_look_version_renders_again()
    {
        using var http = _studio.CreateClient();
        var first = await http.GetAsync("/api/styles/anime/preview");
        Assert.Equal("image/png", first.Content.Headers.ContentType?.MediaType);
        var renders = Previews.Renders;
        var second = await http.GetByteArrayAsync("/api/styles/anime/preview");
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), second);
        Assert.Equal(renders, Previews.Renders);

        var style = (await Catalog.FindAsync("anime", CancellationToken.None))!;
        var look = style.ParsedLook() with { Posterize = 3 };
        Assert.Empty((await Catalog.UpdateLookAsync("anime", look, new(null), CancellationToken.None)).Errors);
        var changed = (await Catalog.FindAsync("anime", CancellationToken.None))!;
        Assert.Equal(style.LookVersion + 1, changed.LookVersion);
        await http.GetByteArrayAsync("/api/styles/anime/preview");
        Assert.Equal(renders + 1, Previews.Renders);
        Assert.True(File.Exists(Previews.PathOf(changed, PreviewVariant.After)));

        Assert.Empty((await Catalog.UpdateLookAsync("anime", look, new(null), CancellationToken.None)).Errors);
        Assert.Equal(changed.LookVersion, (await Catalog.FindAsync("anime", CancellationToken.None))!.LookVersion); // same look, same look version
    }

    [Fact]
    public async Task A_clip_draws_the_still_part_of_the_look_once_yet_its_grain_moves_and_its_bars_stay()
    {
        // Retro VHS: blur, bleeding and shifted colour and scanlines are drawn once; grain, bars and the date stamp on every frame.
        var (before, after, _) = await RenderAsync("retro-vhs-90s");
        var clip = await Previews.GetClipAsync((await Catalog.FindAsync("retro-vhs-90s", CancellationToken.None))!, CancellationToken.None);

        var first = await StyleImages.ReadAsync(clip, 1280, 720, 1.0);
        var later = await StyleImages.ReadAsync(clip, 1280, 720, 2.0);
        Assert.True(first.MeanAbsoluteDifference(later) > 0.5, $"grain moves: {first.MeanAbsoluteDifference(later):0.00}");
        Assert.True(first.MeanAbsoluteDifference(after) < first.MeanAbsoluteDifference(before) / 2,
            $"the clip shows the look: {first.MeanAbsoluteDifference(after):0.00} from the styled still, {first.MeanAbsoluteDifference(before):0.00} from the plain one");
        Assert.True(later.MeanLuma(0, 0, 150, 720) < 5 && later.MeanLuma(1130, 0, 1280, 720) < 5, "pillarbox bars on a later frame");
    }

    public void Dispose() => _studio.Dispose();
}
