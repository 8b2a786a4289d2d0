using Platform.Contracts;
using Prevent.Api.Domain;

namespace Prevent.Tests.Domain;

/// <summary>Referrals and their cases moved to a chosen point of the pathway, for domain tests.</summary>
internal static class Referrals
{
    public static readonly DateTimeOffset ReceivedAt = new(2025, 7, 15, 9, 0, 0, TimeSpan.Zero);

    public static NewReferral New(DateOnly? dateOfBirth = null, string? ageBand = null, string name = "Alex Example") => new(
        Agencies.NorwichCityCouncil,
        Sector.Education,
        new PersonDetails(name, dateOfBirth ?? (ageBand is null ? new DateOnly(1990, 3, 1) : null), ageBand),
        Districts.Norwich,
        "Sharing extremist material with classmates.",
        IdeologyCategory.ExtremeRightWing,
        [RiskIndicator.OnlineRadicalisation]);

    /// <summary>A person-match key for tests (32 bytes); a platform's own comes from its configuration.</summary>
    public static readonly PersonMatch Matching = new("test-1", System.Text.Encoding.UTF8.GetBytes("a test person-match key, 32 byte"));

    public static Referral Received(NewReferral? referral = null) =>
        Referral.Receive(referral ?? New(), new Submission(Agencies.NorwichCityCouncil, Guid.NewGuid().ToString(), "hash"), Matching, ReceivedAt);

    public static Referral AwaitingPanel(NewReferral? referral = null)
    {
        var received = Received(referral);
        received.RecordTriage(TriageOutcome.Channel, "Vulnerable to radicalisation.", null, "officer-1", ReceivedAt.AddDays(2));
        return received;
    }

    public static readonly DateOnly PanelDay = new(2025, 7, 30);

    public static PanelMeeting Meeting(DateOnly? heldOn = null) => PanelMeeting.Record(
        Agencies.NorwichCityCouncil, heldOn ?? PanelDay, "Head of Community Safety", [Agencies.NorwichCityCouncil, Agencies.Constabulary], "lead-1", ReceivedAt);

    /// <summary>The panel's decision at <see cref="Meeting"/>, taken on the day it sits.</summary>
    public static void Decide(this Referral referral, bool adopt = true, PanelMeeting? meeting = null) =>
        referral.RecordPanelDecision(meeting ?? Meeting(), "Susceptible; isolated at school.", adopt, "Needs mentoring.", new DateTimeOffset(PanelDay, new TimeOnly(15, 0), TimeSpan.Zero));

    public static Referral Adopted(NewReferral? referral = null)
    {
        var adopted = AwaitingPanel(referral);
        adopted.Decide();
        return adopted;
    }

    public static Referral InSupport()
    {
        var inSupport = Adopted();
        inSupport.RecordConsent(ConsentGiver.Person, new DateOnly(2025, 8, 1));
        inSupport.AddIntervention("ideological-mentoring", "Intervention Provider Ltd", new DateOnly(2025, 8, 4), null);
        return inSupport;
    }
}
