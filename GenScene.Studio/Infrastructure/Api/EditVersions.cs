using System.Globalization;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Infrastructure.Localization;
using Microsoft.Net.Http.Headers;

namespace GenScene.Studio.Infrastructure.Api;

/// <summary>
/// The HTTP side of edit versions (API.md "Every edited entity has a version", ADR 0017): the version
/// is the strong ETag <c>"7"</c>; <c>If-Match</c> on PUT and DELETE names the version the client edited,
/// and an older one is answered 412 with the current version, instead of writing over someone's change.
/// </summary>
public static class EditVersions
{
    public static string ETagOf(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version If-Match asks for: null when there is none or it is <c>*</c> (any version is fine, as old
    /// clients expect); -1, which no stored version has, for a tag this studio never gave out.
    /// </summary>
    public static int? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }
        // A weak tag is read as its strong self: the studio only gives out strong ones.
        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
            && int.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;
    }

    /// <summary>The caller's name (a user's or an API key's) and the version it edited, for a service's write.</summary>
    public static EditBy EditOf(HttpContext http) => new(http.User.Identity?.Name, ExpectedVersion(http.Request));

    /// <summary>200 with the body and its version as ETag.</summary>
    public static IResult Ok<T>(HttpResponse response, T body, int version)
    {
        response.Headers[HeaderNames.ETag] = ETagOf(version);
        return TypedResults.Ok(body);
    }

    /// <summary>412 naming the version that is stored now (404 when it was deleted meanwhile), and that version as ETag.</summary>
    public static IResult Stale(HttpContext http, StaleVersionException stale)
    {
        if (stale.Deleted)
        {
            return StudioApi.NotFound(stale.Message);
        }
        http.Response.Headers[HeaderNames.ETag] = ETagOf(stale.CurrentVersion);
        var asked = http.Request.Headers.IfMatch.ToString();
        var by = stale.UpdatedBy is null ? "" : Texts<ApiText>.Format("StaleSavedBy", stale.UpdatedBy);
        // The detail in the caller's language (Accept-Language); the title and the extensions stay as programs read them.
        var thingKey = "Thing_" + stale.What.Replace(" ", "", StringComparison.Ordinal);
        var thing = Texts<ApiText>.Get(thingKey) is var word && word != thingKey ? word : stale.What;
        return TypedResults.Problem(
            detail: Texts<ApiText>.Format("StaleVersion", thing, stale.Id, stale.CurrentVersion, by, asked, ETagOf(stale.CurrentVersion)),
            statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed",
            extensions: new Dictionary<string, object?> { ["currentVersion"] = stale.CurrentVersion, ["updatedBy"] = stale.UpdatedBy });
    }

    /// <summary>Marks an endpoint as reading or writing a versioned entity, for <see cref="OpenApiEditVersions"/> (and a 412 for writes).</summary>
    public static RouteHandlerBuilder WithEditVersion(this RouteHandlerBuilder endpoint)
    {
        endpoint.WithMetadata(EditVersionMetadata.Instance);
        return endpoint;
    }
}

/// <summary>The marker <see cref="EditVersions.WithEditVersion"/> puts on an endpoint.</summary>
public sealed class EditVersionMetadata
{
    public static readonly EditVersionMetadata Instance = new();
}
