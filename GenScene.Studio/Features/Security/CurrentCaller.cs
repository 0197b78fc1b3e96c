using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenScene.Studio.Features.Security;

/// <summary>
/// Who is calling right now, for singleton services that record who made what: the user of the open page
/// whose event is being handled (set by <see cref="CallerCircuitHandler"/> around each of its inbound
/// activities), else the HTTP request's user or API key. Null for the studio itself (the job runner, start-up).
/// Pages need not pass the user to every service call, and a page no feature changes still records its user.
/// </summary>
public sealed class CurrentCaller(IHttpContextAccessor http)
{
    private static readonly AsyncLocal<ClaimsPrincipal?> CircuitUser = new();

    public ClaimsPrincipal? Principal =>
        CircuitUser.Value is { Identity.IsAuthenticated: true } pageUser ? pageUser
        : http.HttpContext?.User is { Identity.IsAuthenticated: true } requestUser ? requestUser
        : null;

    public ContentOwner? Owner => ContentOwner.Of(Principal);

    internal static void SetCircuitUser(ClaimsPrincipal? user) => CircuitUser.Value = user;
}

public static class CurrentCallerRegistration
{
    /// <summary>For every module whose services record who made what; the --worker process has no callers, only null.</summary>
    public static IServiceCollection AddCurrentCaller(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton<CurrentCaller>();
        return services;
    }
}

/// <summary>
/// Hands the page's signed-in user to <see cref="CurrentCaller"/> for the length of each thing the circuit
/// does for the browser (an event, a render), as ASP.NET Core's docs do for services of another scope.
/// </summary>
public sealed class CallerCircuitHandler(AuthenticationStateProvider authentication) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            // No ConfigureAwait(false): the activity must go on on the circuit's dispatcher.
#pragma warning disable CA2007
            CurrentCaller.SetCircuitUser((await authentication.GetAuthenticationStateAsync()).User);
            await next(context);
#pragma warning restore CA2007
        };
}
