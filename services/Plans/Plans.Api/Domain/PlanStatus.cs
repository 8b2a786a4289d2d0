namespace Plans.Api.Domain;

public enum PlanStatus
{
    Draft,
    Consultation,
    Published,
    Superseded,
}
