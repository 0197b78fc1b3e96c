using System.Text.Json;
using System.Text.RegularExpressions;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Infrastructure.Api;

/// <summary>
/// What a client sent that could not even be read (malformed JSON, a field of the wrong type, a parameter that
/// does not parse, a multipart form cut short), said in the client's words: the field it concerns and what it
/// must be. The framework's own messages name .NET types ("could not be converted to GenScene.Studio...
/// EpisodeRequest", "Nullable&lt;int&gt;") and suggest code changes ("Did you mean to use a Service?"); a
/// client can do nothing with those, and they describe how the studio is built. The field stays as the client
/// named it; the message is in the request's language (ApiText).
/// </summary>
public static partial class BindingProblems
{
    /// <summary>The field (a JSON path such as "scenes[0].text", a parameter name, "body" or "file") and the message.</summary>
    public static (string Field, string Message) Describe(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } => Json(json),
        JsonException json => Json(json),
        BadHttpRequestException bad when BindFailure().Match(bad.Message) is { Success: true } m =>
            (m.Groups["name"].Value, Texts<ApiText>.Format("BindMustBe", m.Groups["name"].Value, Expected(m.Groups["type"].Value), m.Groups["value"].Value)),
        BadHttpRequestException bad when MissingParameter().Match(bad.Message) is { Success: true } m =>
            m.Groups["source"].Value == "body" ? ("body", Texts<ApiText>.Get("BodyNeeded")) : (m.Groups["name"].Value, Texts<ApiText>.Format("FieldRequired", m.Groups["name"].Value)),
        BadHttpRequestException bad when bad.Message.Contains("no body was provided", StringComparison.Ordinal) => ("body", Texts<ApiText>.Get("BodyNeeded")),
        BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status415UnsupportedMediaType => ("body", Texts<ApiText>.Get("BodyAsJson")),
        BadHttpRequestException bad when bad.Message.Contains("form", StringComparison.OrdinalIgnoreCase) => ("file", Texts<ApiText>.Get("FormUnreadable")),
        InvalidDataException or IOException => ("file", Texts<ApiText>.Format("FormMalformed", exception.Message)),
        _ => ("request", Texts<ApiText>.Get("RequestUnreadable")),
    };

    private static (string Field, string Message) Json(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$').TrimStart('.');
        // A record bound through its constructor names the record, not the field's type: say only that the type is wrong.
        if (Conversion().Match(json.Message) is { Success: true } record && record.Groups["type"].Value.StartsWith("GenScene.", StringComparison.Ordinal) && field != "body")
        {
            return (field, Texts<ApiText>.Format("FieldWrongType", field));
        }
        if (Conversion().Match(json.Message) is { Success: true } m)
        {
            return field == "body"
                ? (field, Texts<ApiText>.Format("BodyMustBe", Expected(m.Groups["type"].Value)))
                : (field, Texts<ApiText>.Format("FieldMustBe", field, Expected(m.Groups["type"].Value)));
        }
        var where = json.LineNumber is { } line ? Texts<ApiText>.Format("JsonWhere", line + 1, json.BytePositionInLine + 1) : "";
        return (field, field == "body" ? Texts<ApiText>.Format("BodyNotJson", where) : Texts<ApiText>.Format("BodyNotJsonAt", field, where));
    }

    /// <summary>A .NET type name as what a JSON client must send instead.</summary>
    private static string Expected(string type)
    {
        var bare = type.Replace("System.", "", StringComparison.Ordinal).Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>').Split('`')[0];
        return Texts<ApiText>.Get(bare switch
        {
            "String" or "string" => "ExpectText",
            "Int32" or "Int64" or "int" or "long" or "Int16" or "short" or "Byte" or "byte" => "ExpectWhole",
            "Double" or "Single" or "Decimal" or "double" or "float" or "decimal" => "ExpectNumber",
            "Boolean" or "bool" => "ExpectBoolean",
            "DateTimeOffset" or "DateTime" => "ExpectMoment",
            "Guid" => "ExpectId",
            _ when bare.Contains("List", StringComparison.Ordinal) || bare.Contains("[]", StringComparison.Ordinal)
                || bare.Contains("Enumerable", StringComparison.Ordinal) || bare.Contains("Collection", StringComparison.Ordinal) => "ExpectList",
            _ => "ExpectObject",
        });
    }

    [GeneratedRegex(@"converted to (?<type>[\w.`<>\[\], ]+?)\. Path", RegexOptions.CultureInvariant)]
    private static partial Regex Conversion();

    [GeneratedRegex("""^Failed to bind parameter "(?<type>.+) (?<name>[^ "]+)" from "(?<value>.*)"\.$""", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "(?<type>.+) (?<name>[^ "]+)" was not provided from (?<source>\w+)""", RegexOptions.CultureInvariant)]
    private static partial Regex MissingParameter();
}
