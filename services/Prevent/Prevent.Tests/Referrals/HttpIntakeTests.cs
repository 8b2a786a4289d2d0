using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Testing;
using Prevent.Api.Referrals;
using Prevent.Tests.Infrastructure;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Referrals;

/// <summary>The HTTP door: idempotent by the submitter's key, even under concurrent retries; bad input is a clear 400.</summary>
public class HttpIntakeTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    [Fact]
    public async Task A_retry_with_the_same_key_and_body_returns_the_original_referral()
    {
        var partner = prevent.PartnerSystem();
        var key = Guid.NewGuid().ToString();

        var first = await partner.SubmitAsync(Referral(), key);
        var retry = await partner.SubmitAsync(Referral(), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var original = await first.Content.ReadFromJsonAsync<ReferralStatusResponse>(TestJson.Options);
        var repeated = await retry.Content.ReadFromJsonAsync<ReferralStatusResponse>(TestJson.Options);
        Assert.Equal(original!.Id, repeated!.Id);
        await using var db = prevent.NewDbContext();
        Assert.Single(await db.EventsAboutAsync(original.Id));
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_refused_and_nothing_is_stored()
    {
        var partner = prevent.PartnerSystem();
        var key = Guid.NewGuid().ToString();
        await partner.SubmittedAsync(Referral(), key);

        var changed = await partner.SubmitAsync(Referral(name: "Someone Else"), key);

        var problem = await changed.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("idempotency-key-reused", problem.GetProperty("rule").GetString());
        await using var db = prevent.NewDbContext();
        Assert.Equal(1, await db.Referrals.CountAsync(r => r.IntakeKey == key));
    }

    [Fact]
    public async Task A_partner_system_naming_another_referrer_agency_is_refused_naming_the_rule_and_nothing_is_stored()
    {
        var key = Guid.NewGuid().ToString();
        var forAnother = Referral();
        forAnother["referrerAgency"] = Agencies.Constabulary;

        var response = await prevent.PartnerSystem().SubmitAsync(forAnother, key);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("partner-refers-for-own-agency", problem.GetProperty("rule").GetString());
        Assert.Equal("referrerAgency", problem.GetProperty("field").GetString());
        Assert.Contains(PreventApiFactory.PartnerAgency, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        await using var db = prevent.NewDbContext();
        Assert.False(await db.Referrals.AnyAsync(r => r.IntakeKey == key));
    }

    [Fact]
    public async Task A_partner_system_refers_as_its_own_agency_named_or_not_and_staff_may_enter_another_agency_s_referral()
    {
        var named = Referral(name: "Named Own");
        named["referrerAgency"] = PreventApiFactory.PartnerAgency;
        var phonedIn = Referral(name: "Phoned In");
        phonedIn["referrerAgency"] = "norwich-high-school";

        var implicitly = await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Implicit Own"));
        var explicitly = await prevent.PartnerSystem().SubmittedAsync(named);
        var byStaff = await prevent.PreventLead().SubmittedAsync(phonedIn);
        var byStaffUnnamed = await prevent.PreventLead().SubmittedAsync(Referral(name: "Council Own"));

        await using var db = prevent.NewDbContext();
        async Task<string> ReferrerOf(Guid id) => await db.Referrals.Where(r => r.Id == id).Select(r => r.ReferrerAgency).SingleAsync();
        Assert.Equal(PreventApiFactory.PartnerAgency, await ReferrerOf(implicitly.Id));
        Assert.Equal(PreventApiFactory.PartnerAgency, await ReferrerOf(explicitly.Id));
        Assert.Equal("norwich-high-school", await ReferrerOf(byStaff.Id));
        Assert.Equal(Agencies.NorwichCityCouncil, await ReferrerOf(byStaffUnnamed.Id));
    }

    [Fact]
    public async Task Concurrent_duplicates_create_one_referral()
    {
        var partner = prevent.PartnerSystem();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => partner.SubmitAsync(Referral(), key)));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<ReferralStatusResponse>(TestJson.Options))!.Id));
        Assert.Single(ids.Distinct());
        await using var db = prevent.NewDbContext();
        Assert.Equal(1, await db.Referrals.CountAsync(r => r.IntakeKey == key));
    }

    [Fact]
    public async Task The_same_key_from_two_partners_is_two_referrals()
    {
        var key = Guid.NewGuid().ToString();

        var one = await prevent.PartnerSystem("school-mis-a").SubmittedAsync(Referral(), key);
        var other = await prevent.PartnerSystem("school-mis-b").SubmittedAsync(Referral(), key);

        Assert.NotEqual(one.Id, other.Id);
    }

    [Fact]
    public async Task A_referral_without_a_key_or_with_bad_fields_gets_a_clear_reason()
    {
        var withoutKey = await prevent.PartnerSystem().PostAsJsonAsync("/api/prevent/referrals", Referral());
        var badDistrict = await prevent.PartnerSystem().SubmitAsync(Referral(district: "ipswich"));
        var noAge = await prevent.PartnerSystem().SubmitAsync(Referral(dateOfBirth: null));
        var badSector = Referral();
        badSector["sector"] = "church";
        var unknownSector = await prevent.PartnerSystem().SubmitAsync(badSector);

        var missingKey = await withoutKey.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missingKey.GetProperty("errors").TryGetProperty("idempotencyKey", out _), missingKey.ToString());
        Assert.True((await badDistrict.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("district", out _));
        Assert.True((await noAge.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("person", out _));
        await unknownSector.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_received_event_carries_no_personal_data()
    {
        var received = await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Jordan Quill", dateOfBirth: "2009-03-01"));

        await using var db = prevent.NewDbContext();
        var payload = Assert.Single(await db.EventsAboutAsync(received.Id)).Payload;
        Assert.Contains("15-17", payload, StringComparison.Ordinal);
        Assert.Contains(Districts.Norwich, payload, StringComparison.Ordinal);
        Assert.DoesNotContain("Quill", payload, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("2009-03-01", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("extremist", payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeat_referral_of_the_same_person_is_linked_to_the_earlier_one()
    {
        var first = await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Robin Repeat", dateOfBirth: "2001-02-03"));
        var second = await prevent.PreventLead().SubmittedAsync(Referral(name: "ROBIN  repeat", dateOfBirth: "2001-02-03"));

        var detail = await prevent.PreventLead().GetFromJsonAsync<ReferralResponse>($"/api/prevent/referrals/{second.Id}", TestJson.Options);

        Assert.True(detail!.IsRepeat);
        Assert.Equal(first.Id, detail.PreviousReferralId);
    }
}
