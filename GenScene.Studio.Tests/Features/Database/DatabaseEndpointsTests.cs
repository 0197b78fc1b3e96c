using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Database;

public sealed class DatabaseEndpointsTests
{
    [Fact]
    public async Task Stats_count_the_rows_of_every_table_performance_reports_recent_queries_and_optimize_checkpoints_the_wal()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();

        var stats = await http.GetFromJsonAsync<JsonElement>("/api/database/stats");
        Assert.Equal("studio.db", stats.GetProperty("file").GetString());
        Assert.True(stats.GetProperty("pageCount").GetInt64() > 0);
        var rows = stats.GetProperty("rows");
        Assert.Equal(7, rows.GetProperty("styles").GetInt64()); // the seeded catalog
        Assert.Equal(1, rows.GetProperty("api_keys").GetInt64()); // the bootstrap key
        Assert.Equal(1, rows.GetProperty("users").GetInt64()); // the first admin
        Assert.True(rows.TryGetProperty("jobs", out _));

        var performance = await http.GetFromJsonAsync<JsonElement>("/api/database/performance");
        Assert.True(performance.GetProperty("count").GetInt32() > 0, "the start-up seeding ran queries");
        Assert.True(performance.GetProperty("p95Milliseconds").GetDouble() >= performance.GetProperty("p50Milliseconds").GetDouble());
        Assert.NotEmpty(performance.GetProperty("slowest").EnumerateArray());

        using var optimized = await http.PostAsync("/api/database/optimize", null);
        Assert.Equal(HttpStatusCode.OK, optimized.StatusCode);
        var result = await optimized.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("walBytesAfter").GetInt64() <= result.GetProperty("walBytesBefore").GetInt64());
    }
}
