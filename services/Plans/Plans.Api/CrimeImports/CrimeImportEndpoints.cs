using Microsoft.Extensions.Options;
using Plans.Api.CrimeImports.GetCrimeImport;
using Plans.Api.CrimeImports.ImportCrimeFiles;
using Plans.Api.CrimeImports.ListCrimeImports;
using Plans.Api.CrimeImports.MapCrimeTypes;
using Plans.Api.CrimeImports.TraceReading;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.Contracts;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.CrimeImports;

internal static class CrimeImportEndpoints
{
    public const string Path = "/api/plans/crime-imports";

    /// <summary>Everyone signed in may see imports and what a reading was counted from; analysts import and map crime types.</summary>
    public static IEndpointRouteBuilder MapCrimeImports(this IEndpointRouteBuilder endpoints)
    {
        var imports = endpoints.MapGroup(Path).WithTags("Crime imports");
        imports.MapListCrimeImports();
        imports.MapGetCrimeImport();
        imports.MapGroup("").RequireAuthorization(Roles.Analyst).MapImportCrimeFiles();

        var measures = endpoints.MapGroup("/api/plans/measures").WithTags("Crime imports");
        measures.MapGetCrimeTypes();
        measures.MapGroup("").RequireAuthorization(Roles.Analyst).MapMapCrimeTypes();
        endpoints.MapGroup("/api/plans/measures/{id:guid}/readings").WithTags("Crime imports").MapListReadingImports();
        return endpoints;
    }

    /// <summary>The importer, its lookups and options, a larger body limit for uploads, and crime-type mapping changes.</summary>
    public static IServiceCollection AddCrimeImports(this IServiceCollection services)
    {
        services.AddOptions<CrimeImportOptions>().BindConfiguration(CrimeImportOptions.Section);
        services.AddOptions<RequestLimits>().Configure<IOptions<CrimeImportOptions>>((limits, crime) =>
            limits.LargeBodies.Add(new LargeBodyLimit { Path = Path, MaxBytes = crime.Value.MaxUploadBytes }));
        services.AddSingleton(provider => DistrictLookup.Load(provider.GetRequiredService<IOptions<CrimeImportOptions>>().Value.LsoaLookupFile));
        services.AddScoped<CrimeImporter>();
        services.AddSingleton<CrimeImportRuns>();
        services.AddHostedService(provider => provider.GetRequiredService<CrimeImportRuns>());
        return services.AddChanges<PlansDbContext, CrimeTypeMapping>(setup => setup
            .AuditAs(mapping => mapping.MeasureId.ToString(), CrimeTypeMappingResponse.From, subjectType: "crime-type-mapping")
            .VersionedBy(mapping => mapping.Version));
    }
}
