using System.Text.Json.Nodes;

namespace GenScene.Studio.Tests.Infrastructure.Api.Fuzz;

/// <summary>A file an upload operation accepts, with the other form fields it needs.</summary>
public sealed record UploadSample(string FileName, byte[] Content, string ContentType, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// What the fuzz needs to reach deep validation: ids that exist (so a PUT's body is checked rather than
/// its id refused), a valid body per operation (so each case changes one field only) and a valid upload.
/// </summary>
public sealed class FuzzSeeds
{
    public const string MissingId = "no-such-id";

    /// <summary>Path template prefix → an id that exists, e.g. "/api/episodes/{id}" → the seeded episode's id.</summary>
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>Operation name ("PUT /api/episodes/{id}") → a body the studio accepts.</summary>
    public Dictionary<string, JsonNode> Bodies { get; } = new(StringComparer.Ordinal);

    /// <summary>Operation name → an upload the studio accepts.</summary>
    public Dictionary<string, UploadSample> Uploads { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The value for a path parameter when the case is not about it: an id that exists only when nothing the
    /// request could do with it changes anything by itself (a read, or a write whose body is what is fuzzed);
    /// a DELETE or a body-less POST with a real id would simply succeed.
    /// </summary>
    public string IdFor(OpenApiOperation operation, string parameter)
    {
        var harmless = operation.Method == "GET" || operation.Body.Count > 0;
        if (harmless)
        {
            foreach (var (prefix, id) in Ids.OrderByDescending(i => i.Key.Length))
            {
                if (operation.Path.StartsWith(prefix, StringComparison.Ordinal) && prefix.EndsWith("{" + parameter + "}", StringComparison.Ordinal))
                {
                    return id;
                }
            }
        }
        return MissingId;
    }
}
