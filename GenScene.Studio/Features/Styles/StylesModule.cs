using GenScene.Studio.Components.Layout;
using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Styles;

public static class StylesModule
{
    public static T AddStyles<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddOptions<StylesOptions>().BindConfiguration(StylesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<StyleCatalog>();
        builder.Services.AddSingleton<StylePreviews>();
        builder.Services.AddJobHandler<GenerateStylePreviewsHandler>();
        builder.Services.AddHostedService<StyleSeeder>();
        builder.Services.AddSingleton(new NavigationEntry("NavStyles", typeof(StylesText), "/styles", MudBlazor.Icons.Material.Filled.Palette, 45));
        return builder;
    }
}
