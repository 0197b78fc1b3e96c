using GenScene.Studio.Infrastructure.Media;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Infrastructure.Startup;

public static class StartupModule
{
    private static readonly Dictionary<string, string> SwitchMappings = new()
    {
        ["--data-dir"] = $"{StudioOptions.Section}:{nameof(StudioOptions.DataDirectory)}",
    };

    /// <summary>Options validated at start, the data layout, the process runner, the media toolkit and the shutdown timeout.</summary>
    public static T AddStudioCore<T>(this T builder, string[] args) where T : IHostApplicationBuilder
    {
        builder.Configuration.AddCommandLine(args, SwitchMappings);
        builder.Services.AddOptions<StudioOptions>()
            .BindConfiguration(StudioOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<HostOptions>()
            .Configure<IOptions<StudioOptions>>((host, studio) =>
                host.ShutdownTimeout = TimeSpan.FromSeconds(studio.Value.ShutdownTimeoutSeconds));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoragePaths>();
        // Keys live in the data directory so that sign-in cookies and open pages survive a restart.
        builder.Services.AddDataProtection().SetApplicationName("GenScene.Studio");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<StoragePaths>((keys, paths) => keys.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(paths.Root, "keys")), NullLoggerFactory.Instance));
        builder.Services.AddSingleton<ProcessRunner>();
        builder.Services.AddStudioMedia();
        // Registered first so that it runs before every other hosted service (job runners included).
        builder.Services.AddHostedService<StudioPreparation>();
        builder.Services.AddHostedService<ShutdownLogger>();
        return builder;
    }
}
