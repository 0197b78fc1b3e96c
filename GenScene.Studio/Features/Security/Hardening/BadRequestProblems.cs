using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace GenScene.Studio.Features.Security;

/// <summary>
/// A body that is not valid JSON, a parameter that does not parse, or a body over its limit becomes
/// problem+json saying what was wrong (400 or 413) instead of an empty response. Other exceptions
/// are left to the default handler, which shows no stack trace outside Development.
/// </summary>
public sealed class BadRequestProblems(ApiProblemResults problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        var detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? "The request body is larger than this endpoint accepts."
            : bad.InnerException is JsonException json
                ? $"{bad.Message} {json.Message}"
                : bad.Message;
        await problems.WriteAsync(httpContext, bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Too large" : "Bad request", detail).ConfigureAwait(false);
        return true;
    }
}
