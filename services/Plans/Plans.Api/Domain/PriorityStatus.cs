namespace Plans.Api.Domain;

public enum PriorityStatus
{
    Proposed,
    Adopted,
    Retired,
}
