using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GenScene.Studio.Data;

public sealed record QueryTiming(DateTimeOffset At, double Milliseconds, string Sql);

public sealed record QueryTimingSummary(int Count, double P50Milliseconds, double P95Milliseconds, double MaxMilliseconds, IReadOnlyList<QueryTiming> Slowest);

/// <summary>
/// Keeps how long the last <see cref="Capacity"/> EF commands took (a ring, so memory stays flat), for
/// GET /api/database/performance. The studio's raw-SQL job transitions are not counted here; the
/// jobs engine has its own metrics.
/// </summary>
public sealed class QueryTimings(TimeProvider time) : DbCommandInterceptor
{
    public const int Capacity = 1000;
    private readonly QueryTiming?[] _ring = new QueryTiming?[Capacity];
    private readonly Lock _gate = new();
    private long _written;

    public QueryTimingSummary Summary()
    {
        QueryTiming[] recent;
        lock (_gate)
        {
            recent = _ring.Where(t => t is not null).Select(t => t!).ToArray();
        }
        var sorted = recent.Select(t => t.Milliseconds).Order().ToArray();
        return new QueryTimingSummary(
            sorted.Length,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            sorted.Length == 0 ? 0 : sorted[^1],
            recent.OrderByDescending(t => t.Milliseconds).Take(5).ToList());
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) => Record(command, eventData, result);
    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Record(command, eventData, result));
    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Record(command, eventData, result);
    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Record(command, eventData, result));
    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => Record(command, eventData, result);
    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Record(command, eventData, result));

    private TResult Record<TResult>(DbCommand command, CommandExecutedEventData eventData, TResult result)
    {
        var sql = command.CommandText.Length > 300 ? command.CommandText[..300] + "…" : command.CommandText;
        var timing = new QueryTiming(time.GetUtcNow(), Math.Round(eventData.Duration.TotalMilliseconds, 3), sql);
        lock (_gate)
        {
            _ring[_written++ % Capacity] = timing;
        }
        return result;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
