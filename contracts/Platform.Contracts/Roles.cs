namespace Platform.Contracts;

/// <summary>Values of the token's <c>role</c> claim (several allowed per user).</summary>
public static class Roles
{
    public const string PartnershipOfficer = "partnership-officer";
    public const string Analyst = "analyst";
    public const string DeliveryLead = "delivery-lead";
    public const string ScrutinyMember = "scrutiny-member";
    public const string ReviewManager = "review-manager";
    public const string ReviewPanelMember = "review-panel-member";
    public const string TriggerSpoc = "trigger-spoc";
    public const string PreventLead = "prevent-lead";
    public const string ChannelPanelMember = "channel-panel-member";
    public const string PolicePreventOfficer = "police-prevent-officer";
    public const string GrantsOfficer = "grants-officer";
    public const string ConsultationOfficer = "consultation-officer";
    public const string PartnerSystem = "partner-system";
    public const string Ops = "ops";

    /// <summary>The partnership's data protection officer: answers subject access requests (finds one person's records).</summary>
    public const string DataProtectionOfficer = "data-protection-officer";

    /// <summary>Internal audit (or the partnership's appointed auditor): reads every service's audit log but Prevent's.</summary>
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> All =
    [
        PartnershipOfficer, Analyst, DeliveryLead, ScrutinyMember, ReviewManager, ReviewPanelMember, TriggerSpoc,
        PreventLead, ChannelPanelMember, PolicePreventOfficer, GrantsOfficer, ConsultationOfficer, PartnerSystem, Ops,
        DataProtectionOfficer, Auditor,
    ];
}
