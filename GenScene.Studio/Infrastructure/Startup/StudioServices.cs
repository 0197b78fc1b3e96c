using GenScene.Studio.Data;
using GenScene.Studio.Features.Assets;
using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Composition;
using GenScene.Studio.Features.Episodes;
using GenScene.Studio.Features.Health;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Jobs.RenderChecks;
using GenScene.Studio.Features.Webhooks;
using GenScene.Studio.Features.Styles;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Infrastructure.Logging;
using GenScene.Studio.Infrastructure.Outbound;

namespace GenScene.Studio.Infrastructure.Startup;

public static class StudioServices
{
    /// <summary>
    /// Everything but the web shell, in one list for the web studio and the --worker process alike, so
    /// a job kind a page can queue is always one a worker can run.
    /// </summary>
    public static T AddStudioServices<T>(this T builder, string[] args) where T : IHostApplicationBuilder
    {
        builder.AddStudioCore(args);
        builder.AddStudioLogging();
        builder.AddOutbound();
        builder.AddStudioDatabase();
        builder.AddStudioHealth();
        builder.AddJobs();
        builder.AddRenderChecks();
        builder.AddAudio();
        builder.AddVoices();
        builder.AddAssets();
        builder.AddStyles();
        builder.AddEpisodes();
        builder.AddComposition();
        builder.AddWebhooks();
        return builder;
    }
}
