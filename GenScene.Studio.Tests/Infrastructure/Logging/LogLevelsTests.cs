using GenScene.Studio.Infrastructure.Logging;
using GenScene.Studio.Infrastructure.Startup;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace GenScene.Studio.Tests.Infrastructure.Logging;

public sealed class LogLevelsTests
{
    [Fact]
    public void Logging_LogLevel_settings_decide_what_is_written_by_default_and_per_category()
    {
        var written = new List<string>();
        using var logger = new LoggerConfiguration()
            .ApplyLogLevels(Settings(new()
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:GenScene.Studio.Infrastructure.Processes"] = "Debug",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "None",
            }))
            .WriteTo.Sink(new Collect(written))
            .CreateLogger();

        logger.ForContext(Constants.SourceContextPropertyName, "GenScene.Studio.Features.Jobs.JobRunner").Information("job info");
        logger.ForContext(Constants.SourceContextPropertyName, "GenScene.Studio.Features.Jobs.JobRunner").Warning("job warning");
        logger.ForContext(Constants.SourceContextPropertyName, "GenScene.Studio.Infrastructure.Processes.ProcessRunner").Debug("process debug");
        logger.ForContext(Constants.SourceContextPropertyName, "GenScene.Studio.Infrastructure.Processes.ProcessRunner").Verbose("process trace");
        logger.ForContext(Constants.SourceContextPropertyName, "Microsoft.EntityFrameworkCore.Database.Command").Fatal("ef fatal");

        Assert.Equal(["job warning", "process debug"], written);
    }

    [Fact]
    public void Without_a_default_Information_is_written_as_Microsoft_Extensions_Logging_would()
    {
        using var logger = new LoggerConfiguration().ApplyLogLevels(Settings([])).CreateLogger();

        Assert.True(logger.IsEnabled(LogEventLevel.Information));
        Assert.False(logger.IsEnabled(LogEventLevel.Debug));
    }

    [Fact]
    public void A_level_that_is_not_one_stops_the_studio_naming_the_setting()
    {
        var error = Assert.Throws<StudioStartupException>(() => new LoggerConfiguration().ApplyLogLevels(Settings(new() { ["Logging:LogLevel:GenScene.Studio"] = "Loud" })));

        Assert.Contains("Logging:LogLevel:GenScene.Studio must be one of Trace, Debug, Information, Warning, Error, Critical, None", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private sealed class Collect(List<string> written) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => written.Add(logEvent.MessageTemplate.Text);
    }
}
