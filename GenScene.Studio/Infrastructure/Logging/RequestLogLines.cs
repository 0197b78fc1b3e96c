using Serilog;
using Serilog.Events;

namespace GenScene.Studio.Infrastructure.Logging;

/// <summary>
/// What the one line per request says: the route's template where an endpoint matched
/// ("/api/jobs/{id}", so lines group by endpoint), else the path; the route's values and the signed-in
/// user as properties (the trace id is on every event already: "@tr" in the file). Level: Error for 5xx and exceptions only, so a client's
/// mistake (4xx, malformed JSON) is never logged as the studio's error.
/// </summary>
public static class RequestLogLines
{
    public const string MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";

    public static LogEventLevel Level(HttpContext context, double elapsedMilliseconds, Exception? exception) => exception switch
    {
        // A client that went away, or sent what cannot be read, is not the studio failing.
        OperationCanceledException when context.RequestAborted.IsCancellationRequested => LogEventLevel.Information,
        BadHttpRequestException { StatusCode: < 500 } => LogEventLevel.Information,
        not null => LogEventLevel.Error,
        _ => context.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information,
    };

    public static IEnumerable<LogEventProperty> Properties(HttpContext context, string requestPath, double elapsedMilliseconds, int statusCode) =>
    [
        new("RequestMethod", new ScalarValue(context.Request.Method)),
        new("RequestPath", new ScalarValue(RouteTemplate(context) ?? requestPath)),
        new("StatusCode", new ScalarValue(statusCode)),
        new("Elapsed", new ScalarValue(elapsedMilliseconds)),
    ];

    public static void Enrich(IDiagnosticContext diagnostics, HttpContext context)
    {
        if (context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } user })
        {
            diagnostics.Set("UserName", user);
        }
        if (RouteTemplate(context) is not null && context.Request.RouteValues.Count > 0)
        {
            diagnostics.Set("RouteValues", context.Request.RouteValues.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)), destructureObjects: true);
        }
    }

    private static string? RouteTemplate(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } template }
            ? template.StartsWith('/') ? template : "/" + template
            : null;
}
