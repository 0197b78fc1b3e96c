using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Diagnostics;

public static class DiagnosticsModule
{
    public static T AddDiagnostics<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddJobHandler<RenderCheckHandler>();
        return builder;
    }
}
