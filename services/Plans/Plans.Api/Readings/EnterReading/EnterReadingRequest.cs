using System.ComponentModel.DataAnnotations;

namespace Plans.Api.Readings.EnterReading;

/// <param name="Note">About the figure (e.g. "provisional, awaiting March data"), never about a person.</param>
public sealed record EnterReadingRequest(
    [property: Range(typeof(decimal), "-99999999999999", "99999999999999")] decimal Value,
    [property: StringLength(1000)] string? Note = null);
