using GenScene.Studio.Infrastructure.Startup;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

// The .resx files without a language suffix hold English; Spanish lives in the .es.resx beside each.
[assembly: System.Resources.NeutralResourcesLanguage("en")]

namespace GenScene.Studio.Infrastructure.Localization;

/// <summary>
/// Spanish and English from .resx files (ADR 0055). A request's language: the user's choice (the culture
/// cookie, written when they switch and when they sign in), else the browser's Accept-Language, else
/// GenScene:DefaultCulture. Pages keep the language their circuit started with; switching reloads the page.
/// </summary>
public static class LocalizationModule
{
    public static IServiceCollection AddStudioLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddOptions<RequestLocalizationOptions>().Configure<IOptions<StudioOptions>>((options, studio) =>
        {
            var cultures = StudioCultures.Names.Select(StudioCultures.Culture).ToList();
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.DefaultRequestCulture = new RequestCulture(StudioCultures.Culture(studio.Value.DefaultCulture));
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // The query string is not a way in: a link must not switch someone's language behind their back.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseStudioLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();
}
