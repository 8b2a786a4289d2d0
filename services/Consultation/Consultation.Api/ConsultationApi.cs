namespace Consultation.Api;

/// <summary>
/// Names the Consultation service's entry assembly for test hosts (<c>WebApplicationFactory&lt;ConsultationApi&gt;</c>).
/// </summary>
public sealed class ConsultationApi
{
    private ConsultationApi()
    {
    }
}
