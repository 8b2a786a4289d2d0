using Platform.ServiceDefaults.Errors;
using Reviews.Api.Domain;

namespace Reviews.Tests.Domain;

public class RestrictedRecordTests
{
    private static readonly DateTimeOffset NotifiedAt = new(2026, 1, 12, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 7, 20);
    private static readonly DateTimeOffset Now = new(Today, new TimeOnly(9, 0), TimeSpan.Zero);

    private static ReviewCase Commissioned()
    {
        var review = ReviewCase.Notify(
            new Notification(new DateOnly(2026, 1, 10), "norwich", 34, Relationship.FormerIntimatePartner, false, true, true, CriminalOutcome.Charged),
            "DHR-2026-0001", NotifiedAt, new TimescalePolicy());
        review.Decide(new ChairDecision(DecisionOutcome.Commission, "Criteria met.", new DateOnly(2026, 1, 20), null), Now);
        review.Commission(new Commissioning(
            new IndependentChair("Chair", "chair-1", "T-1", new DateOnly(2026, 2, 1)), [new PanelMember("norfolk-constabulary", "panel-1")], "Terms of reference."), Now);
        return review;
    }

    private static RestrictedRecord Named() => RestrictedRecord.Open(Guid.NewGuid(), "Jane Mary Testvictim-Smith", "Al Hunter");

    public static TheoryData<string, bool> Texts => new()
    {
        // text, refused
        { "Train GP practices to ask Adult A about domestic abuse.", false },
        { "Train GP practices to ask Jane Testvictim-Smith about abuse.", true },
        { "Review jane's contact with the GP.", true }, // any case, possessive
        { "Review Jane\u2019s contact with the GP.", true },
        { "Testvictim's housing file is incomplete.", true },
        { "The Smith-Jones protocol applies.", true }, // a part of a double-barrelled name
        { "Share the MARAC minutes with Mary.", true },
        { "Share HUNTER's bail conditions with the victim's GP.", true },
        { "Al should be briefed.", false }, // parts under three letters are left alone
        { "Janet and Maryland are different words.", false },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_leaving_the_record_is_refused_when_it_uses_a_real_name(string text, bool refused)
    {
        var record = Named();

        var thrown = Record.Exception(() => record.EnsureNotNamedIn(text));

        if (refused)
        {
            var violation = Assert.IsType<RuleViolationException>(thrown);
            Assert.Equal(("text-uses-real-name", RuleViolationKind.BusinessRule), (violation.Rule, violation.Kind));
            Assert.DoesNotContain("Jane", violation.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(thrown);
        }
    }

    [Fact]
    public void A_record_without_names_refuses_nothing()
    {
        RestrictedRecord.Open(Guid.NewGuid(), null, null).EnsureNotNamedIn("Anything at all about Jane.");
    }

    [Fact]
    public void The_family_reads_the_draft_only_once_there_is_one_and_before_publication()
    {
        var review = Commissioned();
        var record = Named();

        Assert.Equal("no-draft-yet", Assert.Throws<RuleViolationException>(() => record.RecordDraftReading(review, new(Today, "Not yet."), Today)).Rule);
        review.DraftReport(new DateOnly(2026, 6, 1));
        var early = Assert.Throws<RuleViolationException>(() => record.RecordDraftReading(review, new(new DateOnly(2026, 5, 31), "Too early."), Today));
        var future = Assert.Throws<RuleViolationException>(() => record.RecordDraftReading(review, new(Today.AddDays(1), "Tomorrow."), Today));
        Assert.Equal([("draft-reading-out-of-range", RuleViolationKind.BusinessRule)], new[] { early, future }.Select(e => (e.Rule, e.Kind)).Distinct());

        record.RecordDraftReading(review, new(new DateOnly(2026, 6, 10), "Read with our advocate; the pen portrait is right."), Today);
        review.SubmitToQualityAssurance(new DateOnly(2026, 6, 20));
        review.RecordFeedback("More on housing.", new DateOnly(2026, 7, 1));
        record.RecordDraftReading(review, new(new DateOnly(2026, 7, 10), "Read the revised draft."), Today);
        review.Resubmit(new DateOnly(2026, 7, 12));
        review.Approve(new DateOnly(2026, 7, 15));
        review.Publish(new DateOnly(2026, 7, 18), null);

        Assert.Equal([new DateOnly(2026, 6, 10), new DateOnly(2026, 7, 10)], record.DraftReadings.Select(r => r.On));
        Assert.Equal("report-already-published", Assert.Throws<RuleViolationException>(() => record.RecordDraftReading(review, new(Today, "Late."), Today)).Rule);
    }

    [Fact]
    public void A_name_once_held_is_still_refused_after_it_is_overwritten_or_cleared()
    {
        var record = Named();

        var changed = record.Update("Adult A", null, null, new FamilyEngagement(), "manager-1", Now);

        Assert.Equal(["victimName", "perpetratorName"], changed);
        Assert.Equal("text-uses-real-name", Assert.Throws<RuleViolationException>(() => record.EnsureNotNamedIn("Ask Testvictim-Smith about it.")).Rule);
        Assert.Equal("text-uses-real-name", Assert.Throws<RuleViolationException>(() => record.EnsureNotNamedIn("Hunter was known to police.")).Rule);
        Assert.Equal(("victimName", "Jane Mary Testvictim-Smith", "manager-1"), (record.History[0].Field, record.History[0].Previous, record.History[0].By));
    }

    [Fact]
    public void Clearing_under_retention_leaves_nothing_identifying_and_happens_once()
    {
        var record = Named();
        record.Update("Jane Testvictim", "Al Hunter", "Lived in Gorleston.", new FamilyEngagement("AAFDA", "Adult A"), "manager-1", Now);
        record.LogFamilyContact(new FamilyContact(Today, "Phoned the advocate."));

        record.Clear(Now.AddYears(7));
        record.Clear(Now.AddYears(8));

        Assert.Equal(Now.AddYears(7), record.ClearedAt);
        Assert.Equal((null, null, null), (record.VictimName, record.PerpetratorName, record.Notes));
        Assert.Equal(new FamilyEngagement(), record.Family);
        Assert.Empty(record.FamilyContacts);
        Assert.Empty(record.History);
        Assert.Empty(record.NamesHeld);
    }
}
