using System.Text.Json;

namespace GenScene.Studio.Features.Security;

/// <summary>
/// A body that is not valid JSON, a parameter that does not parse, or a body over its limit becomes
/// problem+json saying what was wrong (400 or 413) instead of an empty response. A middleware inside
/// the exception handler rather than an <c>IExceptionHandler</c>: the framework's exception handler
/// logs everything it sees at Error, and a client's bad request is not the studio's error. Other
/// exceptions go on to the exception handler, which shows no stack trace outside Development.
/// </summary>
public sealed class BadRequestProblems(RequestDelegate next, ApiProblemResults problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException bad) when (!context.Response.HasStarted)
        {
            var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
            var detail = tooLarge
                ? "The request body is larger than this endpoint accepts."
                : bad.InnerException is JsonException json
                    ? $"{bad.Message} {json.Message}"
                    : bad.Message;
            await problems.WriteAsync(context, bad.StatusCode, tooLarge ? "Too large" : "Bad request", detail).ConfigureAwait(false);
        }
    }
}
