using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Hosting;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>One OpenAPI document per service, served under the service's prefix so the gateway can proxy it.</summary>
internal static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services, ServiceIdentity identity)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = $"{identity.Name} API";
                document.Info.Description =
                    $"The {identity.Name} service of the Community Safety Partnership platform. " +
                    "Errors are RFC 9457 problem details. Send a bearer token from your identity provider.";
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer<StringSchemaTransformer>();
            options.AddSchemaTransformer<ReadOnlySchemaTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
            options.AddDocumentTransformer<BearerSecurityTransformer>();
            options.AddOperationTransformer<BearerSecurityTransformer>();
        });
        return services;
    }

    public static IEndpointRouteBuilder MapPlatformOpenApi(this IEndpointRouteBuilder endpoints, ServiceIdentity identity)
    {
        endpoints.MapOpenApi(identity.OpenApiPath).AllowAnonymous();
        return endpoints;
    }
}
