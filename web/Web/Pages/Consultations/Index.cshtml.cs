using Platform.Web.Api;
using Platform.Web.Consultation;

namespace Platform.Web.Pages.Consultations;

/// <summary>The public's way in: consultations open now, and those whose results (and "you said, we did") are published.</summary>
public sealed class IndexModel(GatewayApi api) : ApiPageModel
{
    public IReadOnlyList<PublicConsultationItem>? Consultations { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Consultations = await LoadAsync(api.GetAsync<IReadOnlyList<PublicConsultationItem>>("/api/consultation/public/consultations", cancellationToken));
}
