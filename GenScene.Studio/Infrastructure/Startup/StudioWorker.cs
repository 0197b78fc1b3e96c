using GenScene.Studio.Features.Jobs;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Infrastructure.Startup;

/// <summary>
/// "GenScene.Studio --worker": the job runner alone, no web server, sharing the data directory with
/// the studio. Start more of them when one machine's studio is not enough.
/// </summary>
public static class StudioWorker
{
    public const string Switch = "--worker";

    public static async Task RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder([.. args.Where(a => a != Switch)]);
        builder.AddStudioServices(args);
        // A worker's jobs are long renders: it waits longer than the web studio before releasing them.
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<JobsOptions>>((host, jobs) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(jobs.Value.WorkerShutdownTimeoutSeconds));
        await builder.Build().RunAsync().ConfigureAwait(false);
    }
}
