using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using GenScene.Studio.Components.Layout;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Health;

public static class HealthModule
{
    public static T AddStudioHealth<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .Add(ToolCheck("ffmpeg", tools => tools.Ffmpeg))
            .Add(ToolCheck("ffprobe", tools => tools.Ffprobe))
            .AddCheck<TtsHealthCheck>("tts")
            .AddCheck<DiskHealthCheck>("disk");
        builder.Services.AddSingleton(new NavigationEntry("NavHealth", typeof(HealthText), "/admin/health", MudBlazor.Icons.Material.Filled.MonitorHeart, 95, StudioRoles.Admin));
        return builder;
    }

    public static WebApplication MapStudioHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = HealthResponseWriter.WriteAsync,
            // Degraded (low disk) still serves; only a failed check makes the studio unavailable.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }

    private static HealthCheckRegistration ToolCheck(string name, Func<StudioTools, ExternalTool> select) =>
        new(name, services => new ToolHealthCheck(services.GetRequiredService<ToolProbe>(), select, services.GetRequiredService<StudioTools>()),
            failureStatus: null, tags: null);
}
