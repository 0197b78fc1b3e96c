using System.Text.Json;
using System.Text.RegularExpressions;

namespace GenScene.Studio.Infrastructure.Api;

/// <summary>
/// What a client sent that could not even be read (malformed JSON, a field of the wrong type, a parameter that
/// does not parse, a multipart form cut short), said in the client's words: the field it concerns and what it
/// must be. The framework's own messages name .NET types ("could not be converted to GenScene.Studio...
/// EpisodeRequest", "Nullable&lt;int&gt;") and suggest code changes ("Did you mean to use a Service?"); a
/// client can do nothing with those, and they describe how the studio is built.
/// </summary>
public static partial class BindingProblems
{
    /// <summary>The field (a JSON path such as "scenes[0].text", a parameter name, "body" or "file") and the message.</summary>
    public static (string Field, string Message) Describe(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } => Json(json),
        JsonException json => Json(json),
        BadHttpRequestException bad when BindFailure().Match(bad.Message) is { Success: true } m =>
            (m.Groups["name"].Value, $"{m.Groups["name"].Value} must be {Expected(m.Groups["type"].Value)}; '{m.Groups["value"].Value}' is not."),
        BadHttpRequestException bad when MissingParameter().Match(bad.Message) is { Success: true } m =>
            m.Groups["source"].Value == "body" ? ("body", "This request needs a JSON body.") : (m.Groups["name"].Value, $"{m.Groups["name"].Value} is required."),
        BadHttpRequestException bad when bad.Message.Contains("no body was provided", StringComparison.Ordinal) => ("body", "This request needs a JSON body."),
        BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status415UnsupportedMediaType => ("body", "Send the body as application/json."),
        BadHttpRequestException bad when bad.Message.Contains("form", StringComparison.OrdinalIgnoreCase) => ("file", "The form could not be read; send multipart/form-data."),
        InvalidDataException or IOException => ("file", $"The multipart form is malformed or cut short: {exception.Message}"),
        _ => ("request", "The request could not be read."),
    };

    private static (string Field, string Message) Json(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$').TrimStart('.');
        // A record bound through its constructor names the record, not the field's type: say only that the type is wrong.
        if (Conversion().Match(json.Message) is { Success: true } record && record.Groups["type"].Value.StartsWith("GenScene.", StringComparison.Ordinal) && field != "body")
        {
            return (field, $"{field} has a value of the wrong type.");
        }
        if (Conversion().Match(json.Message) is { Success: true } m)
        {
            return field == "body"
                ? (field, $"The body must be {Expected(m.Groups["type"].Value)}.")
                : (field, $"{field} must be {Expected(m.Groups["type"].Value)}.");
        }
        var where = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : "";
        return (field, field == "body" ? $"The body is not valid JSON{where}." : $"The body is not valid JSON at {field}{where}.");
    }

    /// <summary>A .NET type name as what a JSON client must send instead.</summary>
    private static string Expected(string type)
    {
        var bare = type.Replace("System.", "", StringComparison.Ordinal).Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>').Split('`')[0];
        return bare switch
        {
            "String" or "string" => "text",
            "Int32" or "Int64" or "int" or "long" or "Int16" or "short" or "Byte" or "byte" => "a whole number",
            "Double" or "Single" or "Decimal" or "double" or "float" or "decimal" => "a finite number",
            "Boolean" or "bool" => "true or false",
            "DateTimeOffset" or "DateTime" => "a date and time (ISO 8601)",
            "Guid" => "an id",
            _ when bare.Contains("List", StringComparison.Ordinal) || bare.Contains("[]", StringComparison.Ordinal)
                || bare.Contains("Enumerable", StringComparison.Ordinal) || bare.Contains("Collection", StringComparison.Ordinal) => "a list",
            _ => "an object",
        };
    }

    [GeneratedRegex(@"converted to (?<type>[\w.`<>\[\], ]+?)\. Path", RegexOptions.CultureInvariant)]
    private static partial Regex Conversion();

    [GeneratedRegex("""^Failed to bind parameter "(?<type>.+) (?<name>[^ "]+)" from "(?<value>.*)"\.$""", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "(?<type>.+) (?<name>[^ "]+)" was not provided from (?<source>\w+)""", RegexOptions.CultureInvariant)]
    private static partial Regex MissingParameter();
}
