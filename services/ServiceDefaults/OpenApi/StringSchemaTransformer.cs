using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// Says "string" for every string. Every service reads strings through its own converter (the storable-text rule), and
/// the schema generator describes a value read by a custom converter as <c>{}</c>: without this, the published
/// document left every text field untyped and lists of text without items.
/// </summary>
internal sealed class StringSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null)
        {
            schema.Type = context.JsonPropertyInfo is { IsSetNullable: true } ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }

        else if (context.JsonTypeInfo.ElementType == typeof(string) && schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        return Task.CompletedTask;
    }
}
