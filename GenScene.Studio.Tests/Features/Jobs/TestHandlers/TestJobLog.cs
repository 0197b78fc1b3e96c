using System.Collections.Concurrent;
using GenScene.Studio.Features.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Jobs.TestHandlers;

/// <summary>
/// What the test handlers did, shared by every host a test starts (pass the same instance to each):
/// how often each job ran, and the process id of each job's sleep.
/// </summary>
public sealed class TestJobLog
{
    public ConcurrentDictionary<string, int> Executions { get; } = new();
    public ConcurrentDictionary<string, int> SleepPids { get; } = new();

    public int Runs(string jobId) => Executions.GetValueOrDefault(jobId);

    internal void Ran(string jobId) => Executions.AddOrUpdate(jobId, 1, (_, count) => count + 1);
}

public static class TestHandlerRegistration
{
    /// <summary>Registers <paramref name="log"/> and the kinds test.count, test.fail and test.sleep.</summary>
    public static IServiceCollection AddTestJobHandlers(this IServiceCollection services, TestJobLog log)
    {
        services.AddSingleton(log);
        services.AddJobHandler<CountHandler>();
        services.AddJobHandler<FailHandler>();
        services.AddJobHandler<SleepHandler>();
        return services;
    }
}
