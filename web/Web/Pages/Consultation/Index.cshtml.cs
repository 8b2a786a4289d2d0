using Platform.Web.Api;
using Platform.Web.Consultation;

namespace Platform.Web.Pages.Consultation;

/// <summary>The consultation team's and analysts' list: every consultation and survey, newest first.</summary>
public sealed class IndexModel(GatewayApi api) : ApiPageModel
{
    public IReadOnlyList<ConsultationListItem>? Consultations { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Consultations = await LoadAsync(api.GetAsync<IReadOnlyList<ConsultationListItem>>("/api/consultation/consultations", cancellationToken));
}
