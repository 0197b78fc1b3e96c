using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Security;

/// <summary>
/// Per-credential limits: job-creating requests (a token bucket) and open event streams (a
/// concurrency cap). A refused request gets 429 problem+json with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string Jobs = "jobs";
    public const string Streams = "streams";

    public static IServiceCollection AddStudioRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((limiter, security) =>
        {
            var perMinute = security.Value.JobRequestsPerMinute;
            var streams = security.Value.MaxStreamsPerKey;
            limiter.AddPolicy(Jobs, context => RateLimitPartition.GetTokenBucketLimiter(Caller(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = Math.Max(1, perMinute / 60),
                ReplenishmentPeriod = TimeSpan.FromSeconds(perMinute >= 60 ? 1 : 60.0 / perMinute),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
            limiter.AddPolicy(Streams, context => RateLimitPartition.GetConcurrencyLimiter(Caller(context), _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = streams,
                QueueLimit = 0,
            }));
            limiter.OnRejected = async (rejected, ct) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var problems = rejected.HttpContext.RequestServices.GetRequiredService<ApiProblemResults>();
                await problems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"This credential is over its limit ({perMinute} job requests a minute, {streams} open event streams); try again in {seconds} s.").ConfigureAwait(false);
            };
        });
        return services;
    }

    /// <summary>The credential (key or user), else the client's address; token streams are capped per job as well by their caller's address.</summary>
    private static string Caller(HttpContext context) =>
        context.User.CallerId() ?? "ip:" + context.Connection.RemoteIpAddress;
}
