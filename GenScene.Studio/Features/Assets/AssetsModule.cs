using GenScene.Studio.Components.Layout;

namespace GenScene.Studio.Features.Assets;

/// <summary>Asset services; they need AddStudioCore, AddStudioDatabase, AddStudioHealth and AddAudio (the waveform renderer).</summary>
public static class AssetsModule
{
    public static T AddAssets<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddOptions<AssetOptions>().BindConfiguration(AssetOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AssetThumbnails>();
        builder.Services.AddSingleton<AssetLibrary>();
        builder.Services.AddSingleton(new NavigationEntry("NavAssets", typeof(AssetsText), "/assets", MudBlazor.Icons.Material.Filled.PermMedia, 40));
        return builder;
    }
}
