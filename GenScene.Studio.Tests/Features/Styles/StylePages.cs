using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Styles;

/// <summary>What the styles pages' browser tests wait for.</summary>
internal static class StylePages
{
    /// <summary>Every preview image on the page has loaded; previews render on first request, so allow for ffmpeg.</summary>
    public static async Task AllPreviewsLoadedAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('img.style-preview')].every(i => i.complete && i.naturalWidth > 0)",
            null, new() { Timeout = 90_000 });
}
