using GenScene.Studio.Components.Layout;
using Radzen;

namespace GenScene.Studio.Components;

public static class ShellModule
{
    public static WebApplicationBuilder AddStudioShell(this WebApplicationBuilder builder)
    {
        // Static assets of packages (Radzen) are found through the build's manifest in every
        // environment, not only Development; after publish there is no manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();
        // The chosen theme is kept in a cookie, so a reload renders it at once without a flash.
        builder.Services.AddRadzenCookieThemeService(options =>
        {
            options.Name = "GenSceneTheme";
            options.Duration = TimeSpan.FromDays(365);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(new NavigationEntry("Home", "/", "monitor_heart", 0));
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
