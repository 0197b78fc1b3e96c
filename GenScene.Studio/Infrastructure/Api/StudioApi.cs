using GenScene.Studio.Features.Security;

namespace GenScene.Studio.Infrastructure.Api;

/// <summary>
/// The one root of the HTTP API. Every feature maps its endpoints onto this group, so protection
/// (API keys, rate limits) is added here once and covers all of /api.
/// </summary>
public static class StudioApi
{
    public static RouteGroupBuilder MapStudioApi(this WebApplication app) =>
        app.MapGroup("/api").Protect();

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message);
}
