using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenScene.Studio.Features.Health;

/// <summary>Writes the /health body of API.md: each check's status, its description and its data side by side.</summary>
public static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string StatusName(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };

    public static JsonObject ToJson(HealthReport report)
    {
        var checks = new JsonObject();
        foreach (var (name, entry) in report.Entries)
        {
            var check = new JsonObject
            {
                ["status"] = StatusName(entry.Status),
                ["description"] = entry.Description,
                ["durationMs"] = Math.Round(entry.Duration.TotalMilliseconds, 1),
            };
            foreach (var (key, value) in entry.Data)
            {
                check[key] = JsonSerializer.SerializeToNode(value, value.GetType(), Json);
            }
            checks[name] = check;
        }
        return new JsonObject
        {
            ["status"] = StatusName(report.Status),
            ["totalDurationMs"] = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            ["checks"] = checks,
        };
    }

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(ToJson(report).ToJsonString(Json));
    }
}
