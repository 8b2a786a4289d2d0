namespace Platform.ServiceDefaults.Errors;

/// <summary>
/// A request header the endpoint reads has a value it cannot use; answered 400 naming it in <c>errors</c> as a field,
/// camel-cased like every other field (<c>If-Match</c> is <c>ifMatch</c>, as Prevent names <c>idempotencyKey</c>).
/// </summary>
public sealed class InvalidHeaderException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
