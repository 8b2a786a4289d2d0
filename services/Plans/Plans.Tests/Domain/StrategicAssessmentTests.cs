using Plans.Api.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Tests.Domain;

public class StrategicAssessmentTests
{
    private static readonly DateTimeOffset Now = new(2024, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_assessment_names_at_least_one_key_risk()
    {
        var refused = Assert.Throws<RuleViolationException>(() => StrategicAssessment.Record(2024, "Summary of the year", [], Now));

        Assert.Equal("assessment-without-key-risks", refused.Rule);
    }

    [Fact]
    public void Revising_replaces_the_summary_and_risks_and_keeps_the_year()
    {
        var assessment = StrategicAssessment.Record(2024, "First summary", [new KeyRisk("Nitazenes", "Norfolk Drug and Alcohol Partnership")], Now);

        assessment.Revise("Second summary", [new KeyRisk("Fraud", "Norfolk Against Scams Partnership")], Now.AddDays(3));

        Assert.Equal(2024, assessment.Year);
        Assert.Equal("Second summary", assessment.Summary);
        Assert.Equal([new KeyRisk("Fraud", "Norfolk Against Scams Partnership")], assessment.KeyRisks);
        Assert.Equal(Now.AddDays(3), assessment.RevisedAt);
    }

    [Fact]
    public void A_revision_without_key_risks_changes_nothing()
    {
        var assessment = StrategicAssessment.Record(2024, "First summary", [new KeyRisk("Nitazenes", "NDAP")], Now);

        Assert.Throws<RuleViolationException>(() => assessment.Revise("Second summary", [], Now));

        Assert.Equal("First summary", assessment.Summary);
        Assert.Single(assessment.KeyRisks);
    }
}
