using Platform.Web.Analysis;
using Platform.Web.Api;

namespace Platform.Web.Pages.Analysis;

/// <summary>Journey 4 begins here: the plan's measures (whose readings an analyst enters or checks) and the police.uk files imported.</summary>
public sealed class IndexModel(GatewayApi api) : ApiPageModel
{
    public IReadOnlyList<MeasureView>? Measures { get; private set; }

    public IReadOnlyList<CrimeImportView>? Imports { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var measures = api.GetAsync<ApiPage<MeasureView>>("/api/plans/measures?limit=200", cancellationToken);
        var imports = api.GetAsync<IReadOnlyList<CrimeImportView>>("/api/plans/crime-imports?limit=20", cancellationToken);
        Measures = (await LoadAsync(measures))?.Items;
        Imports = await LoadAsync(imports);
    }
}
