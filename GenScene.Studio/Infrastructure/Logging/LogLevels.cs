using GenScene.Studio.Infrastructure.Startup;
using Serilog;
using Serilog.Events;
using Serilog.Filters;

namespace GenScene.Studio.Infrastructure.Logging;

/// <summary>
/// "Logging:LogLevel" (Default and per category, e.g. --Logging:LogLevel:GenScene.Studio.Infrastructure.Processes=Debug)
/// as Serilog levels: Serilog's logger factory does not apply Microsoft.Extensions.Logging's filters, and the
/// studio's settings, appsettings and tests all speak that section. A "Serilog" section still applies on top.
/// </summary>
public static class LogLevels
{
    public const string Section = "Logging:LogLevel";

    public static LoggerConfiguration ApplyLogLevels(this LoggerConfiguration logger, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        logger.MinimumLevel.Is(Level(section, "Default") ?? LogEventLevel.Information);
        foreach (var category in section.GetChildren().Where(c => !c.Key.Equals("Default", StringComparison.OrdinalIgnoreCase)))
        {
            if (Level(section, category.Key) is not { } level)
            {
                continue;
            }
            logger.MinimumLevel.Override(category.Key, level);
            if (IsNone(category.Value))
            {
                logger.Filter.ByExcluding(Matching.FromSource(category.Key)); // Serilog has no level above Fatal
            }
        }
        return logger;
    }

    private static LogEventLevel? Level(IConfigurationSection section, string key)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!Enum.TryParse<LogLevel>(value, ignoreCase: true, out var level) || !Enum.IsDefined(level))
        {
            throw new StudioStartupException($"{Section}:{key} must be one of {string.Join(", ", Enum.GetNames<LogLevel>())}, not '{value}'.");
        }
        return level switch
        {
            LogLevel.Trace => LogEventLevel.Verbose,
            LogLevel.Debug => LogEventLevel.Debug,
            LogLevel.Information => LogEventLevel.Information,
            LogLevel.Warning => LogEventLevel.Warning,
            LogLevel.Error => LogEventLevel.Error,
            _ => LogEventLevel.Fatal, // Critical, and None with its filter
        };
    }

    private static bool IsNone(string? value) => string.Equals(value?.Trim(), nameof(LogLevel.None), StringComparison.OrdinalIgnoreCase);
}
