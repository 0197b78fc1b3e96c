using System.Text.Json.Nodes;

namespace GenScene.Studio.Tests.Infrastructure.Api.Fuzz;

/// <summary>A hostile value and what kind of hostility it is (the probe name an allow-list entry can name).</summary>
public sealed record FuzzValue(string Probe, JsonNode? Json);

/// <summary>The hostile values the fuzz test sends, per declared type, for path ids, query values and JSON fields.</summary>
public static class FuzzValues
{
    /// <summary>1 MB: over GenScene:MaxJsonKilobytes, so the body is refused by size.</summary>
    public static readonly string Huge = new('x', 1024 * 1024);

    /// <summary>900 KB: under the body limit, so only the field's own length check can refuse it.</summary>
    public static readonly string NineHundredKilobytes = new('y', 900 * 1024);

    public const string Control = "a\u0000b\u0007c\u001b[31md\u0085e";
    public const string RightToLeft = "invoice\u202Egpj.exe";
    public const string UnknownEnum = "no-such-value";

    /// <summary>Path ids, already percent-encoded as a client would put them on the wire.</summary>
    public static readonly (string Probe, string Encoded)[] PathIds =
    [
        ("traversal-encoded", "..%2F..%2Fetc%2Fpasswd"),
        ("traversal-double-encoded", "%252e%252e%252fetc%252fpasswd"),
        ("traversal-dots", "....//....//etc/passwd"),
        ("traversal-backslash", "..%5C..%5Cwindows%5Cwin.ini"),
        ("nul", "%00"),
        ("nul-inside", "abc%00def"),
        ("crlf", "abc%0D%0ASet-Cookie:%20x=1"),
        ("rtl-override", "%E2%80%AEfdp.exe"),
        ("invalid-utf8", "%FF%FE"),
        ("sql", "1'%20OR%20'1'='1"),
        ("negative", "-1"),
        ("overflow", "99999999999999999999999"),
        ("nan", "NaN"),
        // Under Kestrel's 8 KB request line, so the studio itself answers it.
        ("long-7kb", new string('a', 7 * 1024)),
        // Over the request line limit: Kestrel refuses it before any of the studio's code runs.
        ("long-10kb", new string('a', 10 * 1024)),
    ];

    /// <summary>Query values, percent-encoded.</summary>
    public static readonly (string Probe, string Encoded)[] QueryValues =
    [
        ("empty", ""),
        ("unknown-enum", UnknownEnum),
        ("negative", "-1"),
        ("zero", "0"),
        ("overflow", "2147483648"),
        ("nan", "NaN"),
        ("huge-number", "1e308"),
        ("control", Uri.EscapeDataString(Control)),
        ("rtl-override", Uri.EscapeDataString(RightToLeft)),
        ("traversal-encoded", "..%2F..%2Fetc%2Fpasswd"),
        ("invalid-utf8", "%FF%FE"),
        ("long-6kb", new string('q', 6 * 1024)),
    ];

    /// <summary>Hostile values for a JSON field of the given declared types.</summary>
    public static IEnumerable<FuzzValue> ForField(IReadOnlyList<string> types, bool required)
    {
        if (required)
        {
            yield return new("null", null);
        }
        if (types.Contains("string"))
        {
            yield return new("wrong-type-number", 12345);
            yield return new("wrong-type-bool", true);
            yield return new("wrong-type-object", new JsonObject());
            yield return new("wrong-type-array", new JsonArray());
            yield return new("huge-string", Huge);
            yield return new("long-string", NineHundredKilobytes);
            yield return new("control", Control);
            yield return new("rtl-override", RightToLeft);
            yield return new("unknown-enum", UnknownEnum);
            yield return new("empty", "");
            yield return new("whitespace", "   ");
        }
        if (types.Contains("integer") || types.Contains("number"))
        {
            yield return new("wrong-type-string", "abc");
            yield return new("wrong-type-bool", true);
            yield return new("wrong-type-object", new JsonObject());
            yield return new("wrong-type-array", new JsonArray());
            yield return new("nan-string", "NaN");
            yield return new("infinity-string", "Infinity");
            yield return new("max", 1e308);
            yield return new("min", -1e308);
            yield return new("negative", -1);
            yield return new("int-overflow", 2147483648L);
            if (types.Contains("integer"))
            {
                yield return new("fraction", 1.5);
            }
        }
        if (types.Contains("boolean"))
        {
            yield return new("wrong-type-string", "yes");
            yield return new("wrong-type-number", 2);
            yield return new("wrong-type-object", new JsonObject());
        }
        if (types.Contains("array"))
        {
            yield return new("wrong-type-string", "x");
            yield return new("wrong-type-object", new JsonObject());
            yield return new("wrong-type-number", 5);
            yield return new("null-item", new JsonArray((JsonNode?)null));
            yield return new("wrong-item-type", new JsonArray(12345));
            yield return new("huge-array", new JsonArray([.. Enumerable.Range(0, 50_000).Select(_ => (JsonNode?)"z")]));
        }
        if (types.Contains("object"))
        {
            yield return new("wrong-type-string", "x");
            yield return new("wrong-type-array", new JsonArray());
            yield return new("wrong-type-number", 5);
        }
    }
}
