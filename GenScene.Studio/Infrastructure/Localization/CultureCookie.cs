using Microsoft.AspNetCore.Localization;

namespace GenScene.Studio.Infrastructure.Localization;

/// <summary>
/// The user's language choice, kept in ASP.NET Core's culture cookie for a year: the sign-in page (no user yet)
/// and every later request read it before the browser's Accept-Language.
/// </summary>
public static class CultureCookie
{
    public static string Name => CookieRequestCultureProvider.DefaultCookieName;

    public static void Append(HttpResponse response, string culture) =>
        response.Cookies.Append(Name, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Path = "/" });
}
