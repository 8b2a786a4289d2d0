using Plans.Api.Readings.EnterReading;
using Plans.Api.Readings.ExportReadings;
using Plans.Api.Readings.ListReadings;
using Plans.Api.Readings.ListReadingSources;
using Platform.Contracts;

namespace Plans.Api.Readings;

internal static class ReadingEndpoints
{
    /// <summary>Everyone signed in may read readings and export them; analysts enter them.</summary>
    public static IEndpointRouteBuilder MapReadings(this IEndpointRouteBuilder endpoints)
    {
        var readings = endpoints.MapGroup("/api/plans/measures/{id:guid}/readings").WithTags("Readings");
        readings.MapListReadings();
        readings.MapListReadingSources();
        readings.MapGroup("").RequireAuthorization(Roles.Analyst).MapEnterReading();

        endpoints.MapGroup("/api/plans").WithTags("Readings").MapExportReadings();
        return endpoints;
    }
}
