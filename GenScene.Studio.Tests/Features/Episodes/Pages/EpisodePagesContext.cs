using Microsoft.Extensions.DependencyInjection;
using Bunit;
using GenScene.Studio.Tests.TestSupport;
using MudBlazor.Services;

namespace GenScene.Studio.Tests.Features.Episodes.Pages;

/// <summary>A bUnit context for pages that use the studio's services: MudBlazor's own, and for everything else the studio's (its SQLite file, catalogs, job queue).</summary>
internal static class EpisodePagesContext
{
    public static BunitContext With(StudioFactory studio)
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization(); // the pages' texts (IStringLocalizer<…Text>), English as the test culture
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddFallbackServiceProvider(studio.Services);
        return ctx;
    }
}
