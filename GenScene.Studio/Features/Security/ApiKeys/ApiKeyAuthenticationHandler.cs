using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Security.ApiKeys;

/// <summary>Authenticates the X-API-Key header. Answers to missing or denied access are written by <see cref="ApiProblemResults"/>.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyRing ring)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-API-Key";
    public const string InvalidKey = "The X-API-Key header does not hold a valid key (unknown or revoked).";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrEmpty(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }
        var key = await ring.VerifyAsync(values.ToString(), Context.RequestAborted).ConfigureAwait(false);
        if (key is null)
        {
            return AuthenticateResult.Fail(InvalidKey);
        }
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, key.Id), new(ClaimTypes.Name, key.Name), new(StudioClaims.CredentialKind, StudioClaims.ApiKeyCredential)];
        claims.AddRange(key.Scopes.Select(s => new Claim(StudioScopes.ClaimType, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
