namespace GenScene.Studio.Features.Jobs.RenderChecks;

public static class RenderChecksModule
{
    /// <summary>The render check proves the job pipeline end to end with the real ffmpeg; the Jobs page offers it.</summary>
    public static T AddRenderChecks<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddJobHandler<RenderCheckHandler>();
        builder.Services.AddSingleton<RenderCheckStarter>();
        return builder;
    }
}
