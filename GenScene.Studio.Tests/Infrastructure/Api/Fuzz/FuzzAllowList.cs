namespace GenScene.Studio.Tests.Infrastructure.Api.Fuzz;

/// <summary>
/// The answers to hostile-looking input that are right anyway, each with its reason. Everything else that
/// is not a 4xx problem+json is a finding. Keep this list short and explained: an entry here is a decision
/// that the input is in fact valid for that field.
/// </summary>
public static class FuzzAllowList
{
    /// <summary>(operation or "*", target or target prefix ending in "*", probe or "*"), each with why a 2xx is right.</summary>
    private static readonly (string Operation, string Target, string Probe, string Why)[] Successes =
    [
        // Operations that take no input have nothing to refuse: a body they do not read is ignored.
        ("*", "body", "unexpected-json-no-input", "the operation takes no input"),
        // Filters that are free text: any string is a valid thing to look for (and finds nothing).
        ("GET /api/jobs", "query.kind", "*", "kind is free text (job kinds are open-ended)"),
        ("GET /api/jobs", "query.before", "*", "before is an opaque cursor; an unknown one finds nothing"),
        ("GET /api/jobs", "query.reference", "*", "reference is the client's own job_id, any text"),
        ("GET /api/jobs/dead", "query.before", "*", "before is an opaque cursor"),
        // An empty query value is the same as leaving the parameter out.
        ("*", "query.*", "empty", "an empty value means the parameter is not given"),
    ];

    public static bool Success(FuzzCase fuzz) => Successes.Any(s =>
        (s.Operation == "*" || s.Operation == fuzz.Operation)
        && (s.Target == fuzz.Target || (s.Target.EndsWith('*') && fuzz.Target.StartsWith(s.Target[..^1], StringComparison.Ordinal)))
        && (s.Probe == "*" || s.Probe == fuzz.Probe));

    /// <summary>
    /// Kestrel refuses some requests before any of the studio's code runs, with an empty body: a request line
    /// over its 8 KB limit (414), and a path whose decoded form holds a NUL or is not UTF-8 (400). The studio
    /// cannot shape those answers; they say nothing about it and store nothing.
    /// </summary>
    public static bool PlainRefusal(FuzzCase fuzz, FuzzAnswer answer) =>
        answer.Body.Length == 0 && answer.ContentType is null
        && ((answer.Status == 414 && fuzz.Probe.StartsWith("long-10kb", StringComparison.Ordinal))
            || (answer.Status == 400 && fuzz.Target.StartsWith("path.", StringComparison.Ordinal) && fuzz.Probe is "nul" or "nul-inside" or "invalid-utf8"));
}
