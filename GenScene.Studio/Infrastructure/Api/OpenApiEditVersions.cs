using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GenScene.Studio.Infrastructure.Api;

/// <summary>
/// Writes edit versions into /openapi/v1.json: each marked GET, PUT and DELETE says that a success
/// carries the version as ETag, and each PUT and DELETE takes If-Match and may answer 412.
/// </summary>
public static class OpenApiEditVersions
{
    public static OpenApiOptions AddEditVersions(this OpenApiOptions options)
    {
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<EditVersionMetadata>().Any())
            {
                return Task.CompletedTask;
            }
            operation.Responses ??= [];
            foreach (var (status, response) in operation.Responses.Where(r => r.Key is "200" or "201"))
            {
                if (response is OpenApiResponse concrete)
                {
                    concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    concrete.Headers["ETag"] = new OpenApiHeader
                    {
                        Description = "The version of what was read or written, quoted (\"7\"); it is also the body's version. Send it back as If-Match.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    };
                }
            }
            if (context.Description.HttpMethod is "PUT" or "DELETE")
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "The ETag of the version this change was made on (one tag, or *). When another version is stored the " +
                        "change is refused with 412. Without it the change is accepted whatever the version (for older clients).",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
                operation.Responses["412"] = new OpenApiResponse
                {
                    Description = "Someone saved another version since: nothing was written. The problem's detail and its currentVersion " +
                        "(and updatedBy) extension members name the stored version, which is also the ETag.",
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType() },
                };
            }
            return Task.CompletedTask;
        });
        return options;
    }
}
