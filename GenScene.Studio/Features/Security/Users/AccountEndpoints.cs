using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using System.Security.Claims;
using GenScene.Studio.Components.Layout;
using GenScene.Studio.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace GenScene.Studio.Features.Security.Users;

/// <summary>
/// Sign-in and sign-out are form posts (a cookie can only be set on an HTTP response, not over the
/// page's live connection). Both check the antiforgery token the forms carry.
/// </summary>
public static class AccountEndpoints
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost(LoginPath, SignInAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(LogoutPath, async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(LoginPath);
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(CultureSwitch.CultureEndpointPath, SetCultureAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
        HttpContext context, UserAccounts accounts, SignInThrottle throttle, ILogger<UserAccounts> logger)
    {
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RefusedFor(address) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            logger.LogWarning("Sign-in from {ClientAddress} refused for {RetryAfterSeconds} s: too many failed sign-ins from that address", address, seconds);
            return Throttled(context, seconds, target);
        }
        var user = await accounts.CheckPasswordAsync(userName ?? "", password ?? "", address);
        if (user is null)
        {
            throttle.RecordFailure(address);
            return Results.LocalRedirect($"{LoginPath}?failed=1&returnUrl={Uri.EscapeDataString(target)}");
        }
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserAccounts.PrincipalFor(user));
        // The language the user chose before, on any browser, wins over this browser's.
        if (StudioCultures.Supported(user.Culture) is { } culture)
        {
            CultureCookie.Append(context.Response, culture);
        }
        return Results.LocalRedirect(target);
    }

    /// <summary>
    /// The language switch (top bar and sign-in page): the cookie for this browser, and the signed-in user's
    /// choice so their next sign-in anywhere speaks it too. An unknown language is refused by name.
    /// </summary>
    private static async Task<IResult> SetCultureAsync([FromForm] string? culture, [FromForm] string? back, HttpContext context, UserAccounts accounts)
    {
        if (StudioCultures.Supported(culture) is not { } chosen)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unsupported language",
                detail: Texts<SecurityText>.Format("CultureUnsupported", culture ?? "", string.Join(", ", StudioCultures.Names)));
        }
        CultureCookie.Append(context.Response, chosen);
        if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            await accounts.SetCultureAsync(userId, chosen, context.RequestAborted);
        }
        return Results.LocalRedirect(IsLocal(back) ? back! : "/");
    }

    /// <summary>
    /// A browser's form goes back to the sign-in page, which says how long to wait; a program gets
    /// 429 problem+json with Retry-After, like every other limit of the studio.
    /// </summary>
    private static IResult Throttled(HttpContext context, int seconds, string target)
    {
        if (context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return Results.LocalRedirect($"{LoginPath}?retryAfter={seconds}&returnUrl={Uri.EscapeDataString(target)}");
        }
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: Texts<SecurityText>.Format("SignInThrottledDetail", seconds));
    }

    /// <summary>Only paths on this site: "/x" but not "//host" or "/\host" (an open redirect).</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
