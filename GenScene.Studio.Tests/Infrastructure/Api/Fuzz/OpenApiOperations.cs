using System.Text.Json;

namespace GenScene.Studio.Tests.Infrastructure.Api.Fuzz;

/// <summary>A parameter of an operation as the OpenAPI document declares it.</summary>
public sealed record OpenApiParameter(string Name, string In, JsonElement Schema);

/// <summary>One operation of /openapi/v1.json: its method, path template, parameters and request body.</summary>
public sealed record OpenApiOperation(string Method, string Path, IReadOnlyList<OpenApiParameter> Parameters, IReadOnlyDictionary<string, JsonElement> Body)
{
    public string Name => $"{Method} {Path}";

    public IEnumerable<OpenApiParameter> In(string location) => Parameters.Where(p => p.In == location);

    public bool TakesJson => Body.ContainsKey("application/json");

    public bool TakesMultipart => Body.ContainsKey("multipart/form-data");

    /// <summary>Nothing to send: no body and no parameters besides optional headers.</summary>
    public bool TakesNoInput => Body.Count == 0 && !Parameters.Any(p => p.In is "path" or "query");
}

/// <summary>Reads every operation of the studio's OpenAPI document, with each schema reference resolved.</summary>
public static class OpenApiOperations
{
    public static IReadOnlyList<OpenApiOperation> Read(JsonElement document)
    {
        var operations = new List<OpenApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => new OpenApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                        p.TryGetProperty("schema", out var schema) ? schema : default)).ToList()
                    : [];
                var body = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                if (operation.Value.TryGetProperty("requestBody", out var requestBody) && requestBody.TryGetProperty("content", out var content))
                {
                    foreach (var type in content.EnumerateObject())
                    {
                        body[type.Name] = type.Value.TryGetProperty("schema", out var schema) ? schema : default;
                    }
                }
                operations.Add(new OpenApiOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, body));
            }
        }
        return operations;
    }

    /// <summary>The schema itself: a $ref followed, and of "oneOf: [null, $ref]" (a nullable object) the object.</summary>
    public static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        for (var depth = 0; depth < 10 && schema.ValueKind == JsonValueKind.Object; depth++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!.Split('/')[^1];
                schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
            }
            else if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
            {
                var options = oneOf.EnumerateArray().Where(o => !(o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")).ToList();
                if (options.Count == 0)
                {
                    return schema;
                }
                schema = options[0];
            }
            else
            {
                return schema;
            }
        }
        return schema;
    }

    /// <summary>The JSON types a schema allows besides null ("string", "number", "integer", "boolean", "array", "object").</summary>
    public static IReadOnlyList<string> TypesOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return [];
        }
        if (schema.TryGetProperty("enum", out _))
        {
            return ["string"];
        }
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? ["object"] : [];
        }
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        // Numbers are declared "integer|string" or "number|string" because they may be read from strings; the number is what is meant.
        if (types.Contains("integer") || types.Contains("number"))
        {
            types.Remove("string");
        }
        types.Remove("null");
        return types;
    }
}
