using GenScene.Studio.Components.Layout;
using GenScene.Studio.Features.Jobs.Tokens;
using GenScene.Studio.Features.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenScene.Studio.Features.Jobs;

public static class JobsModule
{
    public static T AddJobs<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<JobNotifier>();
        builder.Services.AddSingleton<JobSignal>();
        builder.Services.AddSingleton<RunningJobs>();
        builder.Services.AddSingleton<JobStore>();
        builder.Services.AddSingleton<JobQueue>();
        builder.Services.AddCurrentCaller();
        builder.Services.TryAddSingleton<IJobOwnerSource, ApiKeyJobOwner>();
        builder.Services.AddSingleton<JobTokenIssuer>();
        builder.Services.AddSingleton<JobQueries>();
        builder.Services.AddSingleton<JobMetrics>();
        builder.Services.AddSingleton<JobHandlerRegistry>();
        builder.Services.AddSingleton<JobEventFeed>();
        builder.Services.AddSingleton<SseConnections>();
        builder.Services.AddSingleton<JobRunner>();
        builder.Services.AddHostedService(services => services.GetRequiredService<JobRunner>());
        builder.Services.AddSingleton<JobRemoval>();
        builder.Services.AddSingleton<JobHousekeeping>();
        builder.Services.AddHostedService(services => services.GetRequiredService<JobHousekeeping>());
        builder.Services.AddSingleton(new NavigationEntry("NavJobs", typeof(JobsText), "/jobs", MudBlazor.Icons.Material.Filled.WorkHistory, 90));
        return builder;
    }

    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services) where THandler : class, IJobHandler =>
        services.AddSingleton<IJobHandler, THandler>();

    public static WebApplication MapJobs(this WebApplication app, RouteGroupBuilder api)
    {
        api.MapJobsApi();
        api.MapFirstBackendStatus();
        api.MapJobTokensApi();
        app.MapJobFiles();
        return app;
    }
}
