namespace Platform.Web.CommunityTrigger;

/// <summary>The API's answer to an application: the secret reference (shown once) and the dates that follow from it.</summary>
public sealed record ApplicationReceipt(string Reference, DateOnly ReceivedOn, DateOnly DecisionDueOn)
{
    public const string SessionKey = "community-trigger-receipt";
}
