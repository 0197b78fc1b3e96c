using System.Globalization;
using GenScene.Studio.Infrastructure.Storage;
using Serilog;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;

namespace GenScene.Studio.Infrastructure.Logging;

public static class LoggingModule
{
    /// <summary>
    /// Serilog behind Microsoft.Extensions.Logging (Serilog.AspNetCore is not served here): readable
    /// console lines and a daily JSON file in data/logs. Levels stay under the "Logging" section.
    /// </summary>
    public static T AddStudioLogging<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Logging.ClearProviders();
        // Built from the container so that the data directory is the one configuration finally says.
        builder.Services.AddSingleton<ILoggerProvider>(services =>
            new SerilogLoggerProvider(CreateLogger(builder.Configuration, services.GetRequiredService<StoragePaths>()), dispose: true));
        return builder;
    }

    public static IApplicationBuilder UseStudioRequestLogging(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestLoggingMiddleware>();

    private static Serilog.Core.Logger CreateLogger(IConfiguration configuration, StoragePaths paths) =>
        new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                new JsonFormatter(renderMessage: true),
                Path.Combine(paths.Logs, "studio-.json"),
                rollingInterval: RollingInterval.Day,
                fileSizeLimitBytes: 50 * 1024 * 1024,
                rollOnFileSizeLimit: true,
                retainedFileCountLimit: 14,
                shared: true) // worker processes write to the same file
            .CreateLogger();
}
