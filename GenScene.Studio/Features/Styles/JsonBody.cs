using System.Text.Json;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Styles;

/// <summary>
/// Reads a request body as JSON itself instead of through minimal-API binding, so a value of the wrong
/// type ("contrast": "1,movie=…") is a 400 that names its field ("look.contrast") instead of a bare 400.
/// The endpoints declare <c>Accepts(…, "application/json")</c>, so routing answers 415 to other bodies first;
/// a body with no Content-Type at all gets past routing and is answered 415 here.
/// </summary>
internal static class JsonBody
{
    private static readonly JsonSerializerOptions Options = WithFiniteNumbers(new(JsonSerializerDefaults.Web));

    private static JsonSerializerOptions WithFiniteNumbers(JsonSerializerOptions options)
    {
        Infrastructure.Api.FiniteNumbers.AddTo(options);
        return options;
    }

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        // Routing's content-type check lets a body without any Content-Type through.
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(detail: Texts<StylesText>.Get("SendJson"), statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken).ConfigureAwait(false);
            return value is null ? (null, Infrastructure.Api.StudioApi.Invalid("body", Texts<StylesText>.Get("BodyEmpty"))) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = FieldOf(ex.Path);
            return (null, Infrastructure.Api.StudioApi.Invalid(field, Texts<StylesText>.Format("WrongType", field)));
        }
    }

    /// <summary>"$.look.contrast" → "look.contrast"; "$.palette[1]" → "palette[1]"; the root → "body".</summary>
    internal static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$').TrimStart('.');
}
