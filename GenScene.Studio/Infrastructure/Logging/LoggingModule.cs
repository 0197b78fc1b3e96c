using System.Globalization;
using GenScene.Studio.Infrastructure.Storage;
using Serilog;
using Serilog.Formatting.Compact;

namespace GenScene.Studio.Infrastructure.Logging;

public static class LoggingModule
{
    /// <summary>
    /// Serilog as the studio's logger, in the web studio and every worker: readable console lines and a
    /// daily JSON file (CLEF) in data/logs. Levels stay under the "Logging:LogLevel" section (<see cref="LogLevels"/>).
    /// </summary>
    public static T AddStudioLogging<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Logging.ClearProviders();
        // Built from the container so that the data directory is the one configuration finally says. The
        // static Log.Logger is left alone (tests run several studios in one process); providers added
        // through Microsoft.Extensions.Logging (a test's capture, OpenTelemetry) still get every event.
        builder.Services.AddSerilog(
            (services, logger) => Configure(logger, services.GetRequiredService<IConfiguration>(), services.GetRequiredService<StoragePaths>()),
            preserveStaticLogger: true,
            writeToProviders: true);
        return builder;
    }

    /// <summary>One line per request (<see cref="RequestLogLines"/>); first in the pipeline, so it sees what every later part answered.</summary>
    public static IApplicationBuilder UseStudioRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = RequestLogLines.MessageTemplate;
            options.GetMessageTemplateProperties = RequestLogLines.Properties;
            options.GetLevel = RequestLogLines.Level;
            options.EnrichDiagnosticContext = RequestLogLines.Enrich;
        });

    private static void Configure(LoggerConfiguration logger, IConfiguration configuration, StoragePaths paths) =>
        logger
            .ApplyLogLevels(configuration)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(paths.Logs, "studio-.json"),
                rollingInterval: RollingInterval.Day,
                fileSizeLimitBytes: 50 * 1024 * 1024,
                rollOnFileSizeLimit: true,
                retainedFileCountLimit: 14,
                shared: true); // worker processes write to the same file
}
