using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenScene.Studio.Features.Health;

/// <summary>A health report reduced to what the page shows, so it can cross from prerender to the live page as JSON.</summary>
public sealed record HealthSnapshot(HealthStatus Status, double TotalMs, DateTime CheckedAt, IReadOnlyList<HealthSnapshot.Entry> Entries)
{
    public sealed record Entry(string Name, HealthStatus Status, string? Description, double DurationMs);

    public static HealthSnapshot From(HealthReport report, DateTime checkedAt) => new(
        report.Status, report.TotalDuration.TotalMilliseconds, checkedAt,
        [.. report.Entries.Select(e => new Entry(e.Key, e.Value.Status, e.Value.Description, e.Value.Duration.TotalMilliseconds))]);

    public (HealthReport Report, DateTime CheckedAt) ToReport() => (
        new HealthReport(
            Entries.ToDictionary(e => e.Name, e => new HealthReportEntry(e.Status, e.Description, TimeSpan.FromMilliseconds(e.DurationMs), null, null)),
            Status, TimeSpan.FromMilliseconds(TotalMs)),
        CheckedAt);
}
