namespace Consultation.Api.Domain;

public enum ConsultationStatus
{
    Draft,
    Open,
    Closed,
    ResultsPublished,
}
