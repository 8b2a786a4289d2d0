using Reviews.Api.Domain;

namespace Reviews.Tests.Domain;

public class StatutoryCriteriaTests
{
    private static readonly Notification Qualifying = new(
        new DateOnly(2026, 1, 10), "norwich", 34, Relationship.CurrentIntimatePartner, Suicide: false, AbuseConcerns: true,
        CriminalInvestigationOpen: true, CriminalOutcome.Charged);

    public static TheoryData<int, bool> Ages => new() { { 15, false }, { 16, true }, { 17, true }, { 80, true } };

    public static TheoryData<Relationship, bool> Relationships => new()
    {
        { Relationship.Relative, true },
        { Relationship.CurrentIntimatePartner, true },
        { Relationship.FormerIntimatePartner, true },
        { Relationship.HouseholdMember, true },
        { Relationship.Other, false },
    };

    public static TheoryData<bool, bool, CriminalOutcome, bool> Causes => new()
    {
        // suicide, concerns, criminal outcome, qualifies
        { true, true, CriminalOutcome.NoCharge, true },
        { true, true, CriminalOutcome.Acquitted, true },
        { true, true, CriminalOutcome.Convicted, true },
        { true, false, CriminalOutcome.NoCharge, false },
        { false, true, CriminalOutcome.Acquitted, true },
        { false, true, CriminalOutcome.Convicted, true },
        { false, false, CriminalOutcome.NoCharge, false },
    };

    [Theory]
    [MemberData(nameof(Ages))]
    public void The_person_who_died_must_be_16_or_over(int age, bool qualifies)
    {
        var result = StatutoryCriteria.Evaluate(Qualifying with { VictimAge = age });

        Assert.Equal(qualifies, result.Met);
        var criterion = Assert.Single(result.Criteria, c => c.Criterion == "age");
        Assert.Equal(qualifies, criterion.Met);
        Assert.Contains(age.ToString(System.Globalization.CultureInfo.InvariantCulture), criterion.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Relationships))]
    public void The_suspect_must_be_a_relative_intimate_partner_or_household_member(Relationship relationship, bool qualifies)
    {
        var result = StatutoryCriteria.Evaluate(Qualifying with { Relationship = relationship });

        Assert.Equal(qualifies, result.Met);
        Assert.Equal(qualifies, Assert.Single(result.Criteria, c => c.Criterion == "relationship").Met);
    }

    [Theory]
    [MemberData(nameof(Causes))]
    public void A_suicide_qualifies_when_the_circumstances_give_concern_whatever_the_criminal_outcome(
        bool suicide, bool concerns, CriminalOutcome outcome, bool qualifies)
    {
        var result = StatutoryCriteria.Evaluate(Qualifying with { Suicide = suicide, AbuseConcerns = concerns, CriminalOutcome = outcome });

        Assert.Equal(qualifies, result.Met);
        Assert.Equal(qualifies, Assert.Single(result.Criteria, c => c.Criterion == "cause").Met);
    }

    [Fact]
    public void An_acquittal_is_named_as_no_bar_in_the_reason_for_a_suicide()
    {
        var result = StatutoryCriteria.Evaluate(Qualifying with { Suicide = true, CriminalOutcome = CriminalOutcome.Acquitted });

        Assert.Contains("acquittal", Assert.Single(result.Criteria, c => c.Criterion == "cause").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_criterion_that_fails_gives_its_own_reason()
    {
        var result = StatutoryCriteria.Evaluate(Qualifying with { VictimAge = 15, Relationship = Relationship.Other, AbuseConcerns = false });

        Assert.False(result.Met);
        Assert.Equal(["age", "relationship", "cause"], result.Criteria.Where(c => !c.Met).Select(c => c.Criterion));
        Assert.All(result.Criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
    }
}
