using GenScene.Studio.Components.Layout;
using Microsoft.AspNetCore.Diagnostics;
using MudBlazor.Services;

namespace GenScene.Studio.Components;

public static class ShellModule
{
    public static WebApplicationBuilder AddStudioShell(this WebApplicationBuilder builder)
    {
        // Static assets of packages (MudBlazor) are found through the build's manifest in every
        // environment, not only Development; after publish there is no manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Notices appear bottom right: at the top they covered each page's title and its header buttons.
        builder.Services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(new NavigationEntry("NavHome", typeof(ShellText), "/", MudBlazor.Icons.Material.Filled.Home, 0));
        return builder;
    }

    public static WebApplication UseStudioShell(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // A browser asking for a page that does not exist gets the studio's Not found page, still with status 404.
        // Only that case is re-executed: /api, programs and other errors keep the answer of the line above
        // (problem+json). Not in a UseWhen branch: a branch cannot route the re-executed request again.
        app.UseStatusCodePagesWithReExecute(NotFoundPath, createScopeForStatusCodePages: true);
        app.Use(async (context, next) =>
        {
            await next(context);
            if ((context.Response.StatusCode != StatusCodes.Status404NotFound || !IsPageRequest(context))
                && context.Features.Get<IStatusCodePagesFeature>() is { } reExecute)
            {
                reExecute.Enabled = false;
            }
        });
        return app;
    }

    private const string NotFoundPath = "/not-found";

    // /api answers programs with problem+json whatever they accept; elsewhere a GET for HTML is a browser opening a page.
    private static bool IsPageRequest(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && HttpMethods.IsGet(context.Request.Method)
        && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static WebApplication MapStudioShell(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
