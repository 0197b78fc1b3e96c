using System.Security.Claims;
using GenScene.Studio.Components.Layout;
using GenScene.Studio.Features.Security.ApiKeys;
using GenScene.Studio.Features.Security.Users;
using GenScene.Studio.Infrastructure.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Security;

/// <summary>
/// Who may do what. Programs send an API key (X-API-Key) whose scopes decide; people sign in with a
/// cookie and their role decides (an Admin carries every scope, a Creator read and generate). One
/// policy scheme picks the credential per request, so an /api endpoint accepts either.
/// </summary>
public static class SecurityModule
{
    public const string Scheme = "Studio";

    public static WebApplicationBuilder AddStudioSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeyRing>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<ApiProblemResults>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler>(provider => provider.GetRequiredService<ApiProblemResults>());
        // Malformed JSON and unparsable parameters throw, so BadRequestProblems can say what was wrong instead of an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddHttpContextAccessor();
        services.AddCurrentCaller();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CallerCircuitHandler>();

        services.AddIdentityCore<StudioUser>(options =>
        {
            // Length is what makes a password strong; character classes only make it harder to remember.
            options.Password.RequiredLength = 8;
            options.Password.RequireDigit = false;
            options.Password.RequireLowercase = false;
            options.Password.RequireUppercase = false;
            options.Password.RequireNonAlphanumeric = false;
        }).AddUserStore<StudioUserStore>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<SecurityOptions>>((identity, security) =>
        {
            identity.Lockout.MaxFailedAccessAttempts = security.Value.SignInMaxFailures;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.Value.SignInLockoutMinutes);
        });
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<UserAccounts>();
        services.AddSingleton<SignedInUsers>();
        services.AddHostedService<SecurityBootstrap>();

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API key or studio sign-in", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header) ? ApiKeyAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(options =>
            {
                options.Cookie.Name = "GenScene.Auth";
                options.Cookie.HttpOnly = true;
                // Lax: a form posted from another site carries no cookie, so /api cannot be driven cross-site.
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.LoginPath = AccountEndpoints.LoginPath;
                options.AccessDeniedPath = "/account/denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = RefreshUserAsync;
            });
        var authorization = services.AddAuthorizationBuilder();
        foreach (var scope in StudioScopes.All)
        {
            authorization.AddPolicy(scope, policy => policy.RequireClaim(StudioScopes.ClaimType, scope));
        }
        services.AddCascadingAuthenticationState();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<SecurityOptions>>((cors, security) => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(security.Value.CorsOrigins)
            .WithMethods("GET", "POST", "PUT", "DELETE")
            // X-Client-ID: the first GenScene backend's front end sends it on every request (README).
            .WithHeaders(ApiKeyAuthenticationHandler.Header, "Content-Type", "Idempotency-Key", "If-Match", FirstBackendClients.ClientIdHeader)
            .WithExposedHeaders("Location", "Retry-After", "ETag")
            // Browsers ask once per ten minutes, not before every polled request (they cap it at 2 h or less).
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        services.AddStudioRateLimits();
        services.AddSingleton(new NavigationEntry("NavKeys", typeof(SecurityText), "/admin/keys", MudBlazor.Icons.Material.Filled.Key, 80, StudioRoles.Admin));
        services.AddSingleton(new NavigationEntry("NavUsers", typeof(SecurityText), "/admin/users", MudBlazor.Icons.Material.Filled.ManageAccounts, 85, StudioRoles.Admin));
        return builder;
    }

    /// <summary>After routing: CORS, who is calling, what they may do, their rate, their body size.</summary>
    public static WebApplication UseStudioSecurity(this WebApplication app)
    {
        app.UseMiddleware<BadRequestProblems>();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<RequestLimits>();
        return app;
    }

    public static WebApplication MapStudioSecurity(this WebApplication app, RouteGroupBuilder api)
    {
        app.MapAccountEndpoints();
        api.MapApiKeysApi();
        return app;
    }

    /// <summary>A deleted user is signed out at their next request; a changed role takes effect at once.</summary>
    private static async Task RefreshUserAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = id is null ? null : await context.HttpContext.RequestServices.GetRequiredService<SignedInUsers>().FindAsync(id, context.HttpContext.RequestAborted);
        if (user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        else if (context.Principal?.IsInRole(user.Role) != true)
        {
            context.ReplacePrincipal(UserAccounts.PrincipalFor(user));
            context.ShouldRenew = true;
        }
    }
}
