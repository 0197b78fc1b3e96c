using GenScene.Studio.Components;
using GenScene.Studio.Data;
using GenScene.Studio.Features.Health;
using GenScene.Studio.Infrastructure.Logging;
using GenScene.Studio.Infrastructure.Startup;
using Microsoft.Extensions.Options;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddStudioCore(args);
    builder.AddStudioLogging();
    builder.AddStudioDatabase();
    builder.AddStudioHealth();
    builder.AddStudioShell();

    var app = builder.Build();
    app.UseStudioRequestLogging();
    app.UseStudioShell();
    app.MapStudioHealth();
    app.MapStudioShell();

    await app.RunAsync();
    return 0;
}
catch (StudioStartupException ex)
{
    await Console.Error.WriteLineAsync($"GenScene Studio cannot start: {ex.Message}");
    return 1;
}
catch (OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync($"GenScene Studio cannot start: invalid setting: {string.Join(" ", ex.Failures)}");
    return 1;
}

public partial class Program;
