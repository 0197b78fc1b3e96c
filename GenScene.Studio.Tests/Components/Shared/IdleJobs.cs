using GenScene.Studio.Data;
using GenScene.Studio.Features.Jobs.RenderChecks;
using GenScene.Studio.Features.Health;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Startup;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenScene.Studio.Tests.Components;

/// <summary>
/// The jobs engine's real services on a real SQLite file, built as the studio builds them but never started:
/// no runner takes a job, so a test moves each job along itself (claim, finish, fail) and publishes what a
/// runner would publish.
/// </summary>
public sealed class IdleJobs : IDisposable
{
    private readonly TempDirectory _data;
    private readonly IHost _host;

    private IdleJobs(TempDirectory data, IHost host)
    {
        _data = data;
        _host = host;
    }

    public JobQueue Queue => _host.Services.GetRequiredService<JobQueue>();
    public JobQueries Queries => _host.Services.GetRequiredService<JobQueries>();
    public JobNotifier Notifier => _host.Services.GetRequiredService<JobNotifier>();
    public JobStore Store => _host.Services.GetRequiredService<JobStore>();

    public static async Task<IdleJobs> CreateAsync()
    {
        var data = new TempDirectory("genscene-idle-jobs");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            EnvironmentName = "Testing",
            ApplicationName = "GenScene.Studio",
            ContentRootPath = RepositoryPaths.StudioProject,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GenScene:DataDirectory"] = data.Path,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddStudioCore([]);
        builder.AddStudioDatabase();
        builder.AddStudioHealth();
        builder.AddJobs();
        builder.AddRenderChecks();
        var jobs = new IdleJobs(data, builder.Build());
        // The studio's own first step (directories, migrations), without the hosted services after it.
        var preparation = jobs._host.Services.GetServices<IHostedService>().OfType<StudioPreparation>().Single();
        await preparation.StartAsync(CancellationToken.None);
        return jobs;
    }

    /// <summary>A queued render check (any known kind would do: nothing runs it).</summary>
    public async Task<string> EnqueueAsync() =>
        (await Queue.EnqueueAsync(RenderCheckHandler.JobKind, new RenderCheckPayload(1), null, CancellationToken.None)).Job.Id;

    public void Dispose()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
