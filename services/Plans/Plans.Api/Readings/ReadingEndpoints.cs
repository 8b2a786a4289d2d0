using Plans.Api.Readings.EnterReading;
using Plans.Api.Readings.ExportReadings;
using Plans.Api.Readings.ListReadings;
using Plans.Api.Readings.ListReadingSources;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.Contracts;
using Platform.ServiceDefaults.Changes;

namespace Plans.Api.Readings;

internal static class ReadingEndpoints
{
    /// <summary>
    /// Everyone signed in may read readings and export them (disclosure-controlled figures suppressed except to analysts);
    /// analysts enter them and see what a derived reading was counted from.
    /// </summary>
    public static IEndpointRouteBuilder MapReadings(this IEndpointRouteBuilder endpoints)
    {
        var readings = endpoints.MapGroup("/api/plans/measures/{id:guid}/readings").WithTags("Readings");
        readings.MapListReadings();
        var analysts = readings.MapGroup("").RequireAuthorization(Roles.Analyst);
        analysts.MapListReadingSources();
        analysts.MapEnterReading();

        endpoints.MapGroup("/api/plans").WithTags("Readings").MapExportReadings();
        return endpoints;
    }

    /// <summary>
    /// Analyst reading changes, audited as <see cref="ReadingResponse"/> under measure/quarter/area. Entering is
    /// create-or-replace, so the entry finds the reading itself.
    /// </summary>
    public static IServiceCollection AddReadingChanges(this IServiceCollection services) =>
        services.AddChanges<PlansDbContext, Reading>(setup => setup
            .AuditAs(reading => $"{reading.MeasureId}/{reading.Period}/{reading.Area}", ReadingResponse.From)
            .VersionedBy(reading => reading.Version));
}
