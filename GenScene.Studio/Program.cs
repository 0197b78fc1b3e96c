using GenScene.Studio.Components;
using GenScene.Studio.Features.Audio.Jingles;
using GenScene.Studio.Features.Assets;
using GenScene.Studio.Features.Database;
using GenScene.Studio.Features.Episodes;
using GenScene.Studio.Features.Health;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Styles;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Lexicon;
using GenScene.Studio.Features.Webhooks;
using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Localization;
using GenScene.Studio.Infrastructure.Logging;
using GenScene.Studio.Infrastructure.Startup;
using Microsoft.Extensions.Options;

try
{
    if (args.Contains(StudioWorker.Switch))
    {
        await StudioWorker.RunAsync(args);
        return 0;
    }

    var builder = WebApplication.CreateBuilder(args);
    builder.AddStudioServices(args);
    builder.AddStudioShell();
    builder.AddStudioSecurity();
    builder.Services.AddStudioApiJson();
    builder.Services.AddStudioLocalization();
    builder.Services.AddOpenApi(options => options.AddStudioSecurity().AddEditVersions().AddFiniteNumbers());

    var app = builder.Build();
    app.UseStudioRequestLogging();
    // First, so every answer carries them: pages, API, files and error pages alike.
    app.UseStudioSecurityHeaders();
    // Early, so pages, problem details and error pages all speak the request's language.
    app.UseStudioLocalization();
    // Before routing: GET /styles asking for JSON becomes GET /api/styles; browsers get the gallery page.
    app.UseStylesJsonAlias();
    app.UseRouting();
    app.UseStudioShell();
    app.UseStudioSecurity();
    // After sign-in is known: forms (sign-in, sign-out, pages) carry antiforgery tokens tied to the user.
    app.UseAntiforgery();
    app.MapStudioHealth();
    app.MapOpenApi();
    var api = app.MapStudioApi();
    app.MapStudioSecurity(api);
    app.MapJobs(api);
    api.MapWebhooksApi();
    api.MapVoicesApi();
    api.MapLexiconApi();
    api.MapJinglesApi();
    api.MapAssetsApi();
    api.MapEpisodesApi();
    api.MapStylesApi();
    api.MapDatabaseApi();
    app.MapStylesAliases();
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
catch (OperationCanceledException)
{
    // The host reports a stop that reached its shutdown timeout this way; running jobs were released.
    await Console.Out.WriteLineAsync("GenScene Studio stopped at its shutdown timeout; work still running was released to the queue.");
    return 0;
}

public partial class Program;
