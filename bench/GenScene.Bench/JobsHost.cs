using GenScene.Studio.Data;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Logging;
using GenScene.Studio.Infrastructure.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenScene.Bench;

/// <summary>The studio's job engine in this process, on a data directory, with the bench's own trivial handler.</summary>
internal static class JobsHost
{
    public static async Task<IHost> StartAsync(string dataDirectory, bool runner, int slots = 4)
    {
        var host = Build(dataDirectory, runner, slots);
        await host.StartAsync();
        return host;
    }

    public static IHost Build(string dataDirectory, bool runner, int slots = 4)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GenScene:DataDirectory"] = dataDirectory,
            ["Jobs:Slots"] = slots.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Jobs:RunnerEnabled"] = runner ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddStudioCore([]);
        builder.AddStudioLogging();
        builder.AddStudioDatabase();
        builder.AddJobs();
        builder.Services.AddSingleton<NoopHandler>();
        builder.Services.AddSingleton<IJobHandler>(services => services.GetRequiredService<NoopHandler>());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder.Build();
    }
}

internal sealed record NoopPayload(int N);

/// <summary>Does nothing but note when it started, so queue latency and engine overhead are all that is measured.</summary>
internal sealed class NoopHandler : JobHandler<NoopPayload>
{
    public const string JobKind = "bench.noop";
    public event Action<string>? Started;

    public override string Kind => JobKind;

    protected override Task RunAsync(NoopPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        Started?.Invoke(context.JobId);
        return Task.CompletedTask;
    }
}
