using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.ServiceDefaults.Text;

namespace Platform.ServiceDefaults.Errors;

/// <summary>
/// The last line behind the edge's checks: when PostgreSQL itself refuses a value (too long, not storable, a
/// constraint), the caller gets a 4xx naming the rule (and the field, where the database or the change says which)
/// instead of a 500. Each such answer means a check is missing at the edge; it is logged as a warning.
/// </summary>
internal static class DatabaseRefusals
{
    public static ProblemDetails? Describe(Exception exception)
    {
        if (Find(exception) is not { } refusal)
        {
            return null;
        }

        var field = FieldOf(exception as DbUpdateException, refusal);
        return refusal.SqlState switch
        {
            PostgresErrorCodes.StringDataRightTruncation => Invalid(field, "value-too-long", "A value is longer than its field allows."),
            PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter or "22P05" =>
                Invalid(field, "text-not-storable", "A value holds characters that cannot be stored (e.g. U+0000)."),
            PostgresErrorCodes.NumericValueOutOfRange or PostgresErrorCodes.DatetimeFieldOverflow or PostgresErrorCodes.InvalidDatetimeFormat =>
                Invalid(field, "value-out-of-range", "A value is outside the range that can be stored."),
            PostgresErrorCodes.NotNullViolation => Invalid(field, "value-required", "A required value is missing."),
            PostgresErrorCodes.UniqueViolation => Conflict("duplicate", "A record with the same identifying values already exists.", refusal),
            PostgresErrorCodes.ForeignKeyViolation => Conflict("referenced-record-missing", "The change refers to a record that does not exist.", refusal),
            PostgresErrorCodes.CheckViolation => Unprocessable("check-violated", "The change breaks a rule of the record.", refusal),
            _ => null,
        };
    }

    private static PostgresException? Find(Exception? exception) => exception switch
    {
        null => null,
        PostgresException postgres => postgres,
        _ => Find(exception.InnerException),
    };

    /// <summary>
    /// The column the database names, else the property of the refused change that breaks the model's length limit
    /// or holds text that cannot be stored (PostgreSQL names no column for those).
    /// </summary>
    private static string FieldOf(DbUpdateException? update, PostgresException refusal)
    {
        if (refusal.ColumnName is { Length: > 0 } column)
        {
            return ToCamelCase(column);
        }

        foreach (var entry in update?.Entries ?? [])
        {
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text &&
                    (text.Length > (property.Metadata.GetMaxLength() ?? int.MaxValue) || StorableText.Problem(text) is not null))
                {
                    return ToCamelCase(property.Metadata.Name);
                }
            }
        }

        return "body";
    }

    private static string ToCamelCase(string name)
    {
        var parts = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Concat(parts.Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
        return joined.Length == 0 ? name : char.ToLowerInvariant(joined[0]) + joined[1..];
    }

    private static HttpValidationProblemDetails Invalid(string field, string rule, string message) => new(new Dictionary<string, string[]> { [field] = [message] })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request body is not valid for this endpoint.",
        Extensions = { ["rule"] = rule },
    };

    private static ProblemDetails Conflict(string rule, string title, PostgresException refusal) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = title,
        Extensions = { ["rule"] = rule, ["constraint"] = refusal.ConstraintName },
    };

    private static ProblemDetails Unprocessable(string rule, string title, PostgresException refusal) => new()
    {
        Status = StatusCodes.Status422UnprocessableEntity,
        Title = title,
        Extensions = { ["rule"] = rule, ["constraint"] = refusal.ConstraintName },
    };
}
