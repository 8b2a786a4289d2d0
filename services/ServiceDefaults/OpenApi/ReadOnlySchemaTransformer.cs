using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// Marks <c>readOnly</c> a property a reader is shown but a writer cannot set (computed, no setter, no constructor
/// parameter), such as a question's <c>choices</c>: where a type is both read and written, a client generated from the
/// document then knows not to send it (the service would ignore it). Objects are left alone: their schema may be a
/// shared component.
/// </summary>
internal sealed class ReadOnlySchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { Set: null, AssociatedParameter: null } && schema.Type is { } type && !type.HasFlag(JsonSchemaType.Object))
        {
            schema.ReadOnly = true;
        }

        return Task.CompletedTask;
    }
}
