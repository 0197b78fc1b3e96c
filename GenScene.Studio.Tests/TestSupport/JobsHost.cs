using GenScene.Studio.Data;
using GenScene.Studio.Features.Jobs.RenderChecks;
using GenScene.Studio.Features.Health;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Logging;
using GenScene.Studio.Infrastructure.Startup;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>
/// The jobs engine in this test process, wired as the worker wires it (core, logging, database,
/// jobs, the render-check kind) plus whatever handlers a test adds. Several hosts may share one
/// data directory: each has its own runner, all use the same SQLite file.
/// </summary>
public sealed class JobsHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private JobsHost(IHost host, string dataDirectory)
    {
        _host = host;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }
    public IServiceProvider Services => _host.Services;
    public JobQueue Queue => Services.GetRequiredService<JobQueue>();
    public JobQueries Queries => Services.GetRequiredService<JobQueries>();
    public JobRunner Runner => Services.GetRequiredService<JobRunner>();
    public JobMetrics Metrics => Services.GetRequiredService<JobMetrics>();
    public JobHousekeeping Housekeeping => Services.GetRequiredService<JobHousekeeping>();
    public JobNotifier Notifier => Services.GetRequiredService<JobNotifier>();
    public StoragePaths Paths => Services.GetRequiredService<StoragePaths>();

    /// <summary>
    /// Builds and starts a host on <paramref name="dataDirectory"/> (migrated on start). Settings are
    /// configuration keys ("Jobs:Slots" = "4"); the log level defaults to Warning to keep output short.
    /// </summary>
    public static async Task<JobsHost> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            EnvironmentName = "Testing",
            ApplicationName = "GenScene.Studio",
            ContentRootPath = RepositoryPaths.StudioProject,
        });
        var configuration = new Dictionary<string, string?>
        {
            ["GenScene:DataDirectory"] = dataDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Jobs:PollIntervalMilliseconds"] = "100",
            // A test that leaves a long job running should not wait the default 30 s when it ends.
            ["GenScene:ShutdownTimeoutSeconds"] = "5",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddStudioCore([]);
        builder.AddStudioLogging();
        builder.AddStudioDatabase();
        builder.AddStudioHealth();
        builder.AddJobs();
        builder.AddRenderChecks();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new JobsHost(host, dataDirectory);
    }

    /// <summary>Polls the job until <paramref name="condition"/> holds; the timeout is only a deadline.</summary>
    public Task<Job> WaitForAsync(string jobId, Func<Job, bool> condition, TimeSpan? timeout = null, Action? check = null) =>
        Queries.WaitForAsync(jobId, condition, timeout, check);

    /// <summary>Stops the host as a shutdown would (running jobs get the host's shutdown timeout).</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}

public static class JobWaits
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Reads the job from the database until <paramref name="condition"/> holds. <paramref name="check"/>
    /// runs before every read and may throw (a child process that exited). The timeout is a deadline only.
    /// </summary>
    public static async Task<Job> WaitForAsync(this JobQueries queries, string jobId, Func<Job, bool> condition, TimeSpan? timeout = null, Action? check = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        Job? job = null;
        while (DateTime.UtcNow < deadline)
        {
            check?.Invoke();
            job = await queries.FindAsync(jobId, withEvents: true, CancellationToken.None);
            if (job is not null && condition(job))
            {
                return job;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException(job is null
            ? $"Job {jobId} does not exist."
            : $"Job {jobId} never met the condition; last seen {job.State.Name()} at {job.Progress}% ({job.Stage}), attempts {job.Attempts}, error {job.ErrorClass}: {job.ErrorMessage}; events: "
              + string.Join(" | ", job.Events.Select(e => $"{e.State.Name()} {e.Stage} {e.Message}")));
    }

    /// <summary>Waits until <paramref name="condition"/> holds; the timeout is a deadline only.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"Timed out waiting until {what}.");
    }
}
