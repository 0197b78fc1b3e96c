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

        // "no-such-value" is only hostile to an enum: these fields are names, text, language tags or slugs, which it can be.
        .. FreeText(["title", "name", "description", "text", "demoScene", "accent", "gender", "language", "id", "job_id", "phrase", "alias", "phonemes"], "unknown-enum",
            "a free-text field, not an enum: any word is valid"),
        // Right-to-left languages need direction marks in running text; names refuse them (UserText).
        .. FreeText(["description", "text", "demoScene"], "rtl-override", "running text, where right-to-left languages need direction marks"),
        // Optional fields: empty means "not given" (the default voice, no jingle, no accent, no description).
        .. FreeText(["description", "accent", "gender", "voiceId", "voice", "introJingleId", "outroJingleId", "bedJingleId"], "empty",
            "optional: empty is the same as not given"),
        .. FreeText(["description", "accent", "gender"], "whitespace", "optional: blank is the same as not given"),
        // A lexicon entry's phonemes are optional, and their alphabet is read only with phonemes.
        .. FreeText(["phonemes", "phonemeAlphabet"], "empty", "optional: empty is the same as not given"),
        .. FreeText(["phonemes", "phonemeAlphabet"], "whitespace", "optional: blank is the same as not given"),
        // Levels in dB and colour-grade offsets (-1 to 1) are negative as often as positive.
        ("*", "body.musicLevelDb", "negative", "a music level in dB, normally below zero"),
        ("*", "body.look.grade.*", "negative", "a grade offset, -1 to 1"),
        ("*", "body.grade.*", "negative", "a grade offset, -1 to 1"),
        // Pitch is in semitones, down as well as up.
        ("*", "body.settings.pitch", "negative", "pitch is semitones, -12 to 12"),
        ("*", "body.scenes[0].voiceSettings.pitch", "negative", "pitch is semitones, -12 to 12"),
        // job_id is the caller's reference for a render: only POST /api/compose reads it; storing an episode ignores it.
        ("POST /api/episodes", "body.job_id", "*", "ignored: an episode is not a job"),
        ("PUT /api/episodes/{id}", "body.job_id", "*", "ignored: an episode is not a job"),
        // Computed members of the style look that GET shows (grade.values, moves): read-only, ignored when sent.
        ("*", "body.look.grade.values", "*", "computed from the grade's nine fields; ignored when sent"),
        ("*", "body.grade.values", "*", "computed from the grade's nine fields; ignored when sent"),
        ("*", "body.look.moves", "*", "computed from grain and drift; ignored when sent"),
        ("*", "body.moves", "*", "computed from grain and drift; ignored when sent"),
        ("PUT /api/styles/{id}/look", "body", "empty-object", "a look that sets nothing is the plain look"),
        // A style's id: made from the name when a create gives none; an edit's comes from the path.
        ("*", "body.id", "null", "the id is optional (create) or taken from the path (edit)"),
        // Uploaded file names are only shown: assets keep a cleaned last segment (no folders, control characters or
        // direction overrides, at most 200 characters); jingles keep the name field instead.
        ("POST /api/assets", "form.file-name", "*", "display only, cleaned by AssetLibrary"),
        ("POST /api/jingles", "form.file-name", "*", "not kept: a jingle is named by its name field"),
        ("POST /api/jingles", "form.name", "number", "a name may be a number"),
    ];

    private static IEnumerable<(string, string, string, string)> FreeText(string[] fields, string probe, string why) =>
        fields.SelectMany(f => new[] { ("*", "body." + f, probe, why), ("*", "body.scenes[0]." + f, probe, why), ("*", "form." + f, probe, why) });

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
