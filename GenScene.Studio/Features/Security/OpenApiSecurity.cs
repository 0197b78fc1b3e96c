using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using GenScene.Studio.Features.Security.ApiKeys;

namespace GenScene.Studio.Features.Security;

/// <summary>
/// Writes into /openapi/v1.json what each endpoint needs: the X-API-Key scheme, the scope, and the
/// errors protection adds (401, 403, 429, 413), all as problem+json.
/// </summary>
public static class OpenApiSecurity
{
    private const string SchemeId = "ApiKey";

    public static OpenApiOptions AddStudioSecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeId] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.Header,
                Description = "An API key created by an admin (or GenScene:BootstrapApiKey). Scopes: read ⊂ generate ⊂ admin.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any())
            {
                return Task.CompletedTask;
            }
            var scopes = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();
            if (scopes.Count == 0)
            {
                return Task.CompletedTask;
            }
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = scopes,
            });
            operation.Description = $"{operation.Description}\n\nNeeds scope: {string.Join(", ", scopes)}.".TrimStart();
            Problem(operation, "401", "No API key, or one that is unknown or revoked.");
            Problem(operation, "403", $"The key lacks the '{string.Join("', '", scopes)}' scope.");
            if (metadata.OfType<EnableRateLimitingAttribute>().Any())
            {
                Problem(operation, "429", "Over the key's rate limit; see Retry-After.");
            }
            if (context.Description.HttpMethod is "POST" or "PUT")
            {
                Problem(operation, "400", "Malformed JSON or invalid fields (per-field errors).");
                Problem(operation, "413", "The body is larger than the limit.");
            }
            return Task.CompletedTask;
        });
        return options;
    }

    private static void Problem(OpenApiOperation operation, string status, string description)
    {
        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey(status))
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType() },
            };
        }
    }
}
