using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Security;

/// <summary>
/// Caps JSON bodies on /api at GenScene:MaxJsonKilobytes: a declared length above it is refused at
/// once with 413, and a chunked body is stopped where it passes the cap. Uploads (multipart) keep the
/// limits their features set per kind of file.
/// </summary>
public sealed class RequestLimits(RequestDelegate next, IOptions<SecurityOptions> options, ApiProblemResults problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api") && context.Request.HasJsonContentType())
        {
            long limit = options.Value.MaxJsonKilobytes * 1024L;
            if (context.Request.ContentLength > limit)
            {
                await problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Too large",
                    $"The JSON body is {context.Request.ContentLength} bytes; the limit is {limit} bytes (GenScene:MaxJsonKilobytes).").ConfigureAwait(false);
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
        }
        await next(context).ConfigureAwait(false);
    }
}
