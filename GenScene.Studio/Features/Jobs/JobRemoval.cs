using GenScene.Studio.Infrastructure.Storage;

namespace GenScene.Studio.Features.Jobs;

/// <summary>Removes jobs for good: their rows, their child jobs, and the media directories they produced.</summary>
public sealed class JobRemoval(JobStore store, StoragePaths paths)
{
    private static readonly string[] Finished = ["succeeded", "dead", "cancelled"];

    /// <summary>
    /// Removes these jobs (those that have finished; a queued or running one is left to finish) with their
    /// children and files, as when a feature purges what the jobs were made for; returns the ids removed.
    /// </summary>
    public Task<IReadOnlyList<string>> RemoveAsync(IReadOnlyCollection<string> jobIds, CancellationToken cancellationToken) =>
        RemoveWhereAsync("id IN (SELECT value FROM json_each($ids))", [("$ids", System.Text.Json.JsonSerializer.Serialize(jobIds))], cancellationToken);

    /// <summary>Removes finished jobs matching <paramref name="where"/> (SQL over jobs), their child jobs, and their files.</summary>
    internal async Task<IReadOnlyList<string>> RemoveWhereAsync(string where, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        var removed = await store.WriteAsync(async (connection, transaction) =>
        {
            // The ids are read first: RETURNING does not report rows removed by ON DELETE CASCADE, so
            // child jobs deleted with their parent would keep their media directories forever.
            var doomed = $"""
                WITH RECURSIVE doomed(id) AS (
                    SELECT id FROM jobs WHERE state IN ({string.Join(", ", Finished.Select(s => $"'{s}'"))}) AND {where}
                    UNION SELECT child.id FROM jobs child JOIN doomed ON child.parent_job_id = doomed.id)
                """;
            var ids = new List<string>();
            await using (var select = JobStore.Command(connection, transaction, doomed + "SELECT id FROM doomed", parameters))
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    ids.Add(reader.GetString(0));
                }
            }
            await using (var delete = JobStore.Command(connection, transaction, doomed + "DELETE FROM jobs WHERE id IN (SELECT id FROM doomed)", parameters))
            {
                await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            return ids;
        }, cancellationToken).ConfigureAwait(false);
        foreach (var id in removed)
        {
            var directory = JobWorkspace.FinalDirectory(paths, id);
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        return removed;
    }
}
