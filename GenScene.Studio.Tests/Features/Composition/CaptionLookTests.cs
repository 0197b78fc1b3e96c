using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Styles;
using GenScene.Studio.Tests.Features.Styles;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>Burned-in captions take the caption look of the scene's style: its font, colour and outline.</summary>
public sealed class CaptionLookTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    [Fact]
    public async Task A_style_with_red_captions_outlined_in_blue_burns_them_so_and_the_plain_look_does_not()
    {
        var catalog = studio.Services.GetRequiredService<StyleCatalog>();
        var anime = (await catalog.FindAsync("anime", CancellationToken.None))!;
        var saved = await catalog.CreateAsync(StyleRequest.From(anime) with
        {
            Id = "red-captions",
            Name = "Red Captions",
            Caption = new CaptionLook("DejaVuSerif-Bold.ttf", "#ff0000", "#0000ff"),
        }, CancellationToken.None);
        Assert.True(saved.Errors.Count == 0, string.Join("; ", saved.Errors.SelectMany(e => e.Value)));

        var scene = CompositionStudio.Scene(1, "Red words stand on the screen for a while now.", studio.Asset("still"));
        var plain = await CaptionPixelsAsync(scene);
        var styled = await CaptionPixelsAsync(scene with { StyleId = "red-captions" });

        Assert.True(styled.Red > plain.Red + 300, $"red caption pixels: styled {styled.Red}, plain {plain.Red}");
        Assert.True(styled.Blue > plain.Blue + 100, $"blue outline pixels: styled {styled.Blue}, plain {plain.Blue}");
    }

    /// <summary>Pure red and pure blue pixels in the bottom third of a frame while the caption shows.</summary>
    private async Task<(int Red, int Blue)> CaptionPixelsAsync(GenScene.Studio.Features.Composition.SceneSpec scene)
    {
        var (job, outputs) = await studio.ComposeAsync(CompositionStudio.Spec(1280, 720, [scene]) with { CaptionsBurnedIn = true });
        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        var frame = await StyleImages.ReadAsync(Path.Combine(outputs, "episode.mp4"), 1280, 720, seconds: 1.0);
        int red = 0, blue = 0;
        for (var y = 480; y < 720; y++)
        {
            for (var x = 0; x < 1280; x++)
            {
                var (r, g, b) = frame.At(x, y);
                red += r > 190 && g < 70 && b < 70 ? 1 : 0;
                blue += b > 190 && r < 70 && g < 70 ? 1 : 0;
            }
        }
        return (red, blue);
    }
}
