using GenScene.Studio.Components.Layout;
using MudBlazor.Services;
using Radzen;

namespace GenScene.Studio.Components;

public static class ShellModule
{
    public static WebApplicationBuilder AddStudioShell(this WebApplicationBuilder builder)
    {
        // Static assets of packages (MudBlazor) are found through the build's manifest in every
        // environment, not only Development; after publish there is no manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        // Radzen stays registered only until the last page is ported to MudBlazor (issue 12).
        builder.Services.AddRadzenComponents();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(new NavigationEntry("Home", "/", MudBlazor.Icons.Material.Filled.MonitorHeart, 0));
        return builder;
    }

    public static WebApplication UseStudioShell(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    public static WebApplication MapStudioShell(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
