using Plans.Api.Domain;
using Platform.Contracts;
using Platform.ServiceDefaults.Errors;

namespace Plans.Tests.Domain;

public class MeasureTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2025, 11, 20);

    private static Measure Entered() =>
        Measure.Define(Guid.NewGuid(), "Repeat victims of domestic abuse", "percent", MeasureDirection.Down, "Constabulary", null, Now);

    private static Measure Derived(string key = DerivedSources.PreventReferrals) =>
        Measure.Define(Guid.NewGuid(), "Prevent referrals", "count", MeasureDirection.Neutral, "Prevent service", key, Now);

    [Fact]
    public void A_measure_can_only_be_derived_from_a_known_source()
    {
        var exception = Assert.Throws<RuleViolationException>(() => Derived("arrests"));

        Assert.Equal("unknown-derived-source", exception.Rule);
        Assert.Equal(RuleViolationKind.BusinessRule, exception.Kind);
    }

    [Fact]
    public void Every_prevent_sector_has_its_own_key()
    {
        Assert.Contains("prevent-referrals:education", DerivedSources.All);
        Assert.Contains("prevent-referrals:local-authority", DerivedSources.All);
        Assert.All(DerivedSources.PreventSectors, sector => Assert.True(DerivedSources.IsKnown($"prevent-referrals:{sector}")));
    }

    [Fact]
    public void An_event_counts_for_its_district_and_the_county_or_only_the_county_when_its_district_is_unknown()
    {
        Assert.Equal([Districts.Norwich, Districts.County], DerivedSources.AreasFor(Districts.Norwich));
        Assert.Equal([Districts.County], DerivedSources.AreasFor("atlantis"));
        Assert.Equal([Districts.County], DerivedSources.AreasFor(Districts.County));
    }

    [Fact]
    public void Analysts_cannot_type_a_reading_for_a_derived_measure()
    {
        var exception = Assert.Throws<RuleViolationException>(
            () => Reading.EnterByAnalyst(Derived(), new Quarter(2025, 3), Districts.County, 4, null, Today, Now));

        Assert.Equal("measure-is-derived", exception.Rule);
        Assert.Equal(RuleViolationKind.InvalidTransition, exception.Kind);
    }

    [Fact]
    public void A_reading_for_an_unknown_area_is_refused()
    {
        var exception = Assert.Throws<RuleViolationException>(
            () => Reading.EnterByAnalyst(Entered(), new Quarter(2025, 3), "suffolk", 4, null, Today, Now));

        Assert.Equal("unknown-area", exception.Rule);
        Assert.Equal(RuleViolationKind.BusinessRule, exception.Kind);
    }

    [Fact]
    public void A_reading_for_a_quarter_that_has_not_started_is_refused_but_the_current_quarter_is_allowed()
    {
        var exception = Assert.Throws<RuleViolationException>(
            () => Reading.EnterByAnalyst(Entered(), new Quarter(2026, 1), Districts.County, 4, null, Today, Now));
        var current = Reading.EnterByAnalyst(Entered(), new Quarter(2025, 4), Districts.County, 4, null, Today, Now);

        Assert.Equal("period-in-future", exception.Rule);
        Assert.Equal(new DateOnly(2025, 10, 1), current.PeriodStart);
        Assert.Equal(ReadingOrigin.Analyst, current.Origin);
    }

    [Fact]
    public void Re_entering_a_reading_replaces_its_value_and_note()
    {
        var reading = Reading.EnterByAnalyst(Entered(), new Quarter(2025, 2), Districts.Norwich, 12.5m, "provisional", Today, Now);

        reading.Replace(13m, null, Now.AddHours(1));

        Assert.Equal(13m, reading.Value);
        Assert.Null(reading.Note);
        Assert.Equal(Now.AddHours(1), reading.UpdatedAt);
    }

    [Fact]
    public void Where_a_measure_s_figures_come_from_cannot_change_once_it_has_readings()
    {
        var measure = Entered();

        var exception = Assert.Throws<RuleViolationException>(() => measure.Revise(
            measure.Name, measure.Unit, measure.Direction, measure.Source, DerivedSources.TriggerApplications, hasReadings: true));
        measure.Revise("Renamed", "rate-per-1000", MeasureDirection.Up, "ONS", null, hasReadings: true);

        Assert.Equal("measure-has-readings", exception.Rule);
        Assert.Null(measure.DerivedFrom);
        Assert.Equal(("Renamed", "rate-per-1000", MeasureDirection.Up), (measure.Name, measure.Unit, measure.Direction));
    }

    [Fact]
    public void Without_readings_a_measure_may_become_derived()
    {
        var measure = Entered();

        measure.Revise(measure.Name, "count", measure.Direction, measure.Source, DerivedSources.ChannelAdoptions, hasReadings: false);

        Assert.True(measure.IsDerived);
    }
}
