using GenScene.Studio.Infrastructure.Startup;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Health;

/// <summary>Free space where the data directory lives; renders fail midway when it runs out.</summary>
public sealed class DiskHealthCheck(StoragePaths paths, IOptions<StudioOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var drive = new DriveInfo(paths.Root);
        var free = drive.AvailableFreeSpace;
        var minimum = options.Value.MinFreeDiskMegabytes * 1024 * 1024;
        var data = new Dictionary<string, object> { ["freeBytes"] = free, ["totalBytes"] = drive.TotalSize, ["path"] = paths.Root };
        var description = $"{free / (1024.0 * 1024 * 1024):0.0} GiB free of {drive.TotalSize / (1024.0 * 1024 * 1024):0.0} GiB";
        return Task.FromResult(free >= minimum
            ? HealthCheckResult.Healthy(description, data)
            : HealthCheckResult.Degraded($"{description}; below the {options.Value.MinFreeDiskMegabytes} MB set in GenScene:MinFreeDiskMegabytes", data: data));
    }
}
