using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
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
        return app;
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl, HttpContext context, UserAccounts accounts)
    {
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        var user = await accounts.CheckPasswordAsync(userName ?? "", password ?? "");
        if (user is null)
        {
            return Results.LocalRedirect($"{LoginPath}?failed=1&returnUrl={Uri.EscapeDataString(target)}");
        }
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserAccounts.PrincipalFor(user));
        return Results.LocalRedirect(target);
    }

    /// <summary>Only paths on this site: "/x" but not "//host" or "/\host" (an open redirect).</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
