namespace Plans.Api.Domain;

/// <summary>An action's RAG status as its owner sets it: not started, green, amber, red, or complete.</summary>
public enum ActionStatus
{
    NotStarted,
    OnTrack,
    AtRisk,
    OffTrack,
    Complete,
}
