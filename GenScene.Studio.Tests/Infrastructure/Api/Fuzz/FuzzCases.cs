using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenScene.Studio.Tests.Infrastructure.Api.Fuzz;

/// <summary>Every hostile request the fuzz sends to one operation of the OpenAPI document.</summary>
public sealed class FuzzCases(JsonElement document, FuzzSeeds seeds)
{
    private const int MaxDepth = 3;

    /// <summary>
    /// Operations that take no input at all and start long work when called: there is nothing hostile to send
    /// them, and calling them would render every style's preview (minutes of ffmpeg) under the fuzz.
    /// </summary>
    private static readonly HashSet<string> QueuesHeavyWork = ["POST /api/styles/previews/generate-all"];

    public IEnumerable<FuzzCase> For(OpenApiOperation operation)
    {
        var cases = PathCases(operation).Concat(QueryCases(operation));
        if (operation.TakesJson)
        {
            cases = cases.Concat(JsonBodyCases(operation));
        }
        else if (operation.TakesMultipart)
        {
            cases = cases.Concat(MultipartCases(operation));
        }
        else if (operation.TakesNoInput)
        {
            if (!QueuesHeavyWork.Contains(operation.Name))
            {
                cases = cases.Append(Case(operation, "body", "unexpected-json-no-input", Url(operation), () => Json("{\"id\":\"x\"}")));
            }
        }
        else if (operation.Parameters.Any(p => p.In == "path"))
        {
            // A body where none is expected, on an id that does not exist: ignored, and the id answered 404.
            var missing = operation.In("path").Select(p => (p.Name, FuzzSeeds.MissingId)).ToArray();
            cases = cases.Append(Case(operation, "body", "unexpected-json", Url(operation, missing), () => Json("{\"id\":\"x\"}")));
        }
        return cases;
    }

    private IEnumerable<FuzzCase> PathCases(OpenApiOperation operation)
    {
        foreach (var parameter in operation.In("path"))
        {
            foreach (var (probe, encoded) in FuzzValues.PathIds)
            {
                yield return Case(operation, "path." + parameter.Name, probe, Url(operation, (parameter.Name, encoded)), ValidContent(operation));
            }
        }
    }

    private IEnumerable<FuzzCase> QueryCases(OpenApiOperation operation)
    {
        foreach (var parameter in operation.In("query"))
        {
            foreach (var (probe, encoded) in FuzzValues.QueryValues)
            {
                var url = Url(operation) + "?" + Uri.EscapeDataString(parameter.Name) + "=" + encoded;
                yield return Case(operation, "query." + parameter.Name, probe, url, ValidContent(operation));
            }
        }
    }

    private IEnumerable<FuzzCase> JsonBodyCases(OpenApiOperation operation)
    {
        var url = Url(operation);
        var valid = seeds.Bodies.TryGetValue(operation.Name, out var body) ? body : new JsonObject();
        yield return Case(operation, "body", "missing", url, () => null);
        yield return Case(operation, "body", "missing-with-json-type", url, () => Json(""));
        foreach (var (probe, raw) in new[]
        {
            ("null", "null"), ("empty-object", "{}"), ("array", "[]"), ("string", "\"text\""), ("number", "5"), ("bool", "true"),
            ("truncated", "{\"a\":"), ("not-json", "<xml/>"), ("deep-nesting", new string('[', 5000) + new string(']', 5000)),
            ("trailing-garbage", valid.ToJsonString() + "}}"),
        })
        {
            yield return Case(operation, "body", probe, url, () => Json(raw));
        }
        foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "" })
        {
            yield return Case(operation, "content-type", type.Length == 0 ? "none" : type.Split(';')[0], url, () => Raw(valid.ToJsonString(), type));
        }
        if (operation.In("header").Any(h => h.Name == "If-Match"))
        {
            yield return Case(operation, "header.If-Match", "unknown-version", url, () => Json(valid.ToJsonString()),
                new Dictionary<string, string> { ["If-Match"] = "\"no-such-version\"" });
        }
        var schema = OpenApiOperations.Resolve(document, operation.Body["application/json"]);
        foreach (var (field, types, required) in Fields(schema, [], 0))
        {
            foreach (var value in FuzzValues.ForField(types, required))
            {
                var mutated = With(valid, field, value.Json);
                yield return Case(operation, "body." + Name(field), value.Probe, url, () => Json(mutated));
            }
        }
    }

    private IEnumerable<FuzzCase> MultipartCases(OpenApiOperation operation)
    {
        var url = Url(operation);
        if (!seeds.Uploads.TryGetValue(operation.Name, out var sample))
        {
            throw new InvalidOperationException($"{operation.Name} takes an upload: give the fuzz a valid one in its seeds.");
        }
        var boundary = "fuzz-boundary-7c1e";
        var whole = Multipart(boundary, sample, sample.Fields, sample.FileName, sample.Content);
        yield return Case(operation, "multipart", "truncated-in-file", url, () => Raw(whole[..(whole.Length / 2)], $"multipart/form-data; boundary={boundary}"));
        yield return Case(operation, "multipart", "truncated-in-headers", url, () => Raw(Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-da"), $"multipart/form-data; boundary={boundary}"));
        yield return Case(operation, "multipart", "no-closing-boundary", url, () => Raw(whole[..^(boundary.Length + 6)], $"multipart/form-data; boundary={boundary}"));
        yield return Case(operation, "multipart", "no-boundary-parameter", url, () => Raw(whole, "multipart/form-data"));
        yield return Case(operation, "multipart", "other-boundary", url, () => Raw(whole, "multipart/form-data; boundary=not-the-one"));
        yield return Case(operation, "multipart", "empty-body", url, () => Raw([], $"multipart/form-data; boundary={boundary}"));
        yield return Case(operation, "multipart", "no-file", url, () => Raw(Multipart(boundary, null, sample.Fields, "", []), $"multipart/form-data; boundary={boundary}"));
        yield return Case(operation, "multipart", "empty-file", url, () => Raw(Multipart(boundary, sample, sample.Fields, sample.FileName, []), $"multipart/form-data; boundary={boundary}"));
        var garbage = new byte[4096];
        new Random(21).NextBytes(garbage);
        yield return Case(operation, "multipart", "garbage-file", url, () => Raw(Multipart(boundary, sample, sample.Fields, sample.FileName, garbage), $"multipart/form-data; boundary={boundary}"));
        foreach (var type in new[] { "application/json", "text/plain", "application/x-www-form-urlencoded", "" })
        {
            yield return Case(operation, "content-type", type.Length == 0 ? "none" : type, url, () => Raw(whole, type));
        }
        foreach (var (probe, name) in new[]
        {
            ("traversal", "../../../etc/passwd"), ("control", FuzzValues.Control + ".png"), ("rtl-override", FuzzValues.RightToLeft),
            ("long-10kb", new string('n', 10 * 1024) + ".png"), ("empty", ""),
        })
        {
            yield return Case(operation, "form.file-name", probe, url, () => Raw(Multipart(boundary, sample, sample.Fields, name, sample.Content), $"multipart/form-data; boundary={boundary}"));
        }
        foreach (var field in sample.Fields.Keys)
        {
            foreach (var (probe, value) in new[]
            {
                ("long-string", new string('y', 100 * 1024)), ("control", FuzzValues.Control), ("rtl-override", FuzzValues.RightToLeft),
                ("unknown-enum", FuzzValues.UnknownEnum), ("number", "99"), ("empty", ""), ("whitespace", "   "),
            })
            {
                var fields = new Dictionary<string, string>(sample.Fields) { [field] = value };
                yield return Case(operation, "form." + field, probe, url, () => Raw(Multipart(boundary, sample, fields, sample.FileName, sample.Content), $"multipart/form-data; boundary={boundary}"));
            }
        }
    }

    /// <summary>Every field of an object schema, and of the objects and array items inside it, as a path from the body's root.</summary>
    private IEnumerable<(object[] Path, IReadOnlyList<string> Types, bool Required)> Fields(JsonElement schema, object[] path, int depth)
    {
        if (depth >= MaxDepth || !schema.TryGetProperty("properties", out var properties))
        {
            yield break;
        }
        var required = schema.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()).ToHashSet() : [];
        foreach (var property in properties.EnumerateObject())
        {
            var field = OpenApiOperations.Resolve(document, property.Value);
            var types = OpenApiOperations.TypesOf(field);
            object[] here = [.. path, property.Name];
            yield return (here, types, required.Contains(property.Name));
            if (types.Contains("object"))
            {
                foreach (var inner in Fields(field, here, depth + 1))
                {
                    yield return inner;
                }
            }
            else if (types.Contains("array") && field.TryGetProperty("items", out var items))
            {
                var item = OpenApiOperations.Resolve(document, items);
                foreach (var inner in Fields(item, [.. here, 0], depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>A copy of the body with one field set, creating the objects (or first array item) on the way when the valid body has none.</summary>
    private static string With(JsonNode valid, object[] path, JsonNode? value)
    {
        var root = valid.DeepClone();
        var node = root;
        for (var i = 0; i < path.Length - 1; i++)
        {
            var next = path[i + 1] is int ? (JsonNode)new JsonArray() : new JsonObject();
            node = path[i] switch
            {
                string key when node is JsonObject o => o[key] ??= next,
                int index when node is JsonArray a => a.Count > index ? a[index] ??= next : Add(a, next),
                _ => throw new InvalidOperationException($"The valid body does not have the shape its schema says at {Name(path)}."),
            };
        }
        switch (path[^1], node)
        {
            case (string key, JsonObject o): o[key] = value?.DeepClone(); break;
            case (int index, JsonArray a) when a.Count > index: a[index] = value?.DeepClone(); break;
            case (int, JsonArray a): a.Add(value?.DeepClone()); break;
        }
        return root.ToJsonString();
    }

    private static JsonNode Add(JsonArray array, JsonNode item)
    {
        array.Add(item);
        return item;
    }

    private static string Name(object[] path) =>
        string.Concat(path.Select((p, i) => p is int index ? $"[{index}]" : (i == 0 ? "" : ".") + p));

    private Func<HttpContent?> ValidContent(OpenApiOperation operation) =>
        operation.TakesJson && seeds.Bodies.TryGetValue(operation.Name, out var body) ? () => Json(body.ToJsonString())
        : operation.TakesMultipart && seeds.Uploads.TryGetValue(operation.Name, out var upload)
            ? () => Raw(Multipart("b0undary", upload, upload.Fields, upload.FileName, upload.Content), "multipart/form-data; boundary=b0undary")
        : () => null;

    /// <summary>The operation's path with each parameter filled: the given hostile ones, the others from the seeds.</summary>
    private string Url(OpenApiOperation operation, params (string Name, string Encoded)[] hostile)
    {
        var url = operation.Path;
        foreach (var parameter in operation.In("path"))
        {
            var value = hostile.FirstOrDefault(h => h.Name == parameter.Name).Encoded ?? Uri.EscapeDataString(seeds.IdFor(operation, parameter.Name));
            url = url.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
        }
        return url;
    }

    private static FuzzCase Case(OpenApiOperation operation, string target, string probe, string url, Func<HttpContent?> content,
        IReadOnlyDictionary<string, string>? headers = null) =>
        new(operation.Name, target, probe, new HttpMethod(operation.Method), url, content, headers);

    private static ByteArrayContent Json(string text) => Raw(text, "application/json");

    private static ByteArrayContent Raw(string text, string contentType) => Raw(Encoding.UTF8.GetBytes(text), contentType);

    private static ByteArrayContent Raw(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType.Length > 0)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        else
        {
            content.Headers.ContentType = null;
        }
        return content;
    }

    /// <summary>A multipart body written byte by byte (not MultipartFormDataContent) so that names and cut-offs are exactly as given.</summary>
    private static byte[] Multipart(string boundary, UploadSample? sample, IReadOnlyDictionary<string, string> fields, string fileName, byte[] content)
    {
        using var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        foreach (var (name, value) in fields)
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        }
        if (sample is not null)
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName.Replace("\"", "%22", StringComparison.Ordinal)}\"\r\n" +
                $"Content-Type: {sample.ContentType}\r\n\r\n");
            body.Write(content);
            Write("\r\n");
        }
        Write($"--{boundary}--\r\n");
        return body.ToArray();
    }
}
