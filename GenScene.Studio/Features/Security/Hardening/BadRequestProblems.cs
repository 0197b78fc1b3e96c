using GenScene.Studio.Infrastructure.Api;

namespace GenScene.Studio.Features.Security;

/// <summary>
/// A body that is not valid JSON, a field or parameter of the wrong type, a multipart form cut short, or a body
/// over its limit becomes problem+json naming the field and what it must be (400 with <c>errors</c>, or 413)
/// instead of an empty response or a 500 (<see cref="BindingProblems"/> words it). A middleware inside the
/// exception handler rather than an <c>IExceptionHandler</c>: the framework's exception handler logs everything
/// it sees at Error, and a client's bad request is not the studio's error. Other exceptions go on to the
/// exception handler, which shows no stack trace outside Development.
/// </summary>
public sealed class BadRequestProblems(RequestDelegate next, ApiProblemResults problems, IProblemDetailsService details)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException bad) when (!context.Response.HasStarted && bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await problems.WriteAsync(context, bad.StatusCode, "Too large", "The request body is larger than this endpoint accepts.").ConfigureAwait(false);
        }
        catch (BadHttpRequestException bad) when (!context.Response.HasStarted)
        {
            await WriteInvalidAsync(context, bad.StatusCode, bad).ConfigureAwait(false);
        }
        // A multipart form that ends early or is not multipart at all: the form reader throws these while the endpoint reads it.
        catch (Exception ex) when (ex is InvalidDataException or IOException && context.Request.HasFormContentType
            && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            await WriteInvalidAsync(context, StatusCodes.Status400BadRequest, ex).ConfigureAwait(false);
        }
    }

    private async Task WriteInvalidAsync(HttpContext context, int status, Exception exception)
    {
        var (field, message) = BindingProblems.Describe(exception);
        context.Response.StatusCode = status;
        await details.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = status,
                Title = status == StatusCodes.Status415UnsupportedMediaType ? "Unsupported media type" : "Bad request",
                Detail = message,
            },
        }).ConfigureAwait(false);
    }
}
