using GenScene.Studio.Components.Layout;
using GenScene.Studio.Features.Security;

namespace GenScene.Studio.Features.Episodes;

public static class EpisodesModule
{
    public static T AddEpisodes<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddCurrentCaller();
        builder.Services.AddSingleton<SceneAssets>();
        builder.Services.AddSingleton<EpisodeValidator>();
        builder.Services.AddSingleton<EpisodeService>();
        builder.Services.AddSingleton<EpisodeTrash>();
        builder.Services.AddSingleton<Jobs.IHousekeepingTask, EpisodeTrashPurge>();
        builder.Services.AddSingleton<EpisodeComposer>();
        builder.Services.AddSingleton(new NavigationEntry("NavEpisodes", typeof(EpisodesText), "/episodes", MudBlazor.Icons.Material.Filled.Movie, 10));
        return builder;
    }
}
