using Microsoft.Extensions.DependencyInjection;
using Bunit;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Styles;
using GenScene.Studio.Features.Styles.Pages;
using MudBlazor.Services;

namespace GenScene.Studio.Tests.Features.Styles.Pages;

public sealed class StyleCardTests
{
    private static readonly Style Anime = StyleSeeds.Create(DateTimeOffset.UnixEpoch).Single(s => s.Id == "anime");

    [Fact]
    public async Task The_card_shows_the_name_category_description_palette_keywords_and_preview()
    {
        await using var ctx = NewContext(StudioRoles.Creator);

        var cut = ctx.Render<StyleCard>(p => p.Add(c => c.Style, Anime));

        var card = cut.Find(".style-card");
        Assert.Equal("anime", card.GetAttribute("data-style-id"));
        Assert.Equal("animated", card.GetAttribute("data-category"));
        Assert.Equal("Anime", cut.Find(".style-name").TextContent);
        Assert.Equal("Animated", cut.Find(".style-category").TextContent.Trim());
        Assert.Equal(Anime.Description, cut.Find(".style-description").TextContent);
        var swatches = cut.FindAll(".style-palette .style-swatch");
        Assert.Equal(Anime.PaletteColors, swatches.Select(s => s.GetAttribute("title")));
        Assert.All(swatches, s => Assert.Equal($"background-color: {s.GetAttribute("title")}", s.GetAttribute("style")));
        Assert.Equal(Anime.KeywordList, cut.FindAll(".style-keyword").Select(k => k.TextContent.Trim()));
        var preview = cut.Find("img.style-preview");
        Assert.Equal(StyleResponse.UrlOf(Anime, PreviewVariant.After), preview.GetAttribute("src"));
        Assert.Equal($"Anime preview: {Anime.DemoScene}", preview.GetAttribute("alt"));
    }

    [Fact]
    public async Task Without_look_it_shows_the_before_preview_and_after_a_regeneration_a_new_address()
    {
        await using var ctx = NewContext(StudioRoles.Creator);

        var cut = ctx.Render<StyleCard>(p => p.Add(c => c.Style, Anime).Add(c => c.WithLook, false).Add(c => c.RenderedAgain, 2));

        Assert.Equal(StyleResponse.UrlOf(Anime, PreviewVariant.Before) + "&again=2", cut.Find("img.style-preview").GetAttribute("src"));
    }

    [Fact]
    public async Task A_creator_may_use_the_style_for_a_new_episode_but_not_edit_or_regenerate_it()
    {
        await using var ctx = NewContext(StudioRoles.Creator);

        var cut = ctx.Render<StyleCard>(p => p.Add(c => c.Style, Anime));

        Assert.Equal("/episodes/new?style=anime", cut.Find("a.style-use").GetAttribute("href"));
        Assert.Contains("Use for new episode", cut.Find("a.style-use").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".style-edit, .style-regenerate"));
    }

    [Fact]
    public async Task An_admin_gets_the_edit_link_and_regenerate_asks_the_gallery_to_regenerate()
    {
        await using var ctx = NewContext(StudioRoles.Admin);
        var asked = 0;

        var cut = ctx.Render<StyleCard>(p => p.Add(c => c.Style, Anime).Add(c => c.Regenerate, () => asked++));

        Assert.Equal("/styles/anime/edit", cut.Find("a.style-edit").GetAttribute("href"));
        await cut.Find("button.style-regenerate").ClickAsync(new());
        Assert.Equal(1, asked);
    }

    private static BunitContext NewContext(string role)
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization(); // the pages read their words from the feature's resources (ADR 0055)
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.AddAuthorization().SetAuthorized("someone").SetRoles(role);
        return ctx;
    }
}
