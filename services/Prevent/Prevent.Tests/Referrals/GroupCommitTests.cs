using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.Testing;
using Prevent.Api;
using Prevent.Api.Referrals;
using Prevent.Tests.Infrastructure;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Referrals;

/// <summary>
/// Referrals that arrive together are committed together (ReferralWriter): each must still come out as if it had been
/// written alone, with its own answer, audit entry, event and trace, and its link to an earlier referral of the person.
/// </summary>
public class GroupCommitTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    [Fact]
    public async Task Referrals_sent_at_once_by_several_partners_each_get_their_own_audit_entry_event_and_trace()
    {
        var partners = new[] { "school-mis-a", "school-mis-b", "gp-system-c" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(n =>
            prevent.PartnerSystem(partners[n % 3]).SubmitAsync(Referral(name: $"Group Person {n}"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<ReferralStatusResponse>(TestJson.Options))!.Id));
        Assert.Equal(30, ids.Distinct().Count());
        await using var db = prevent.NewDbContext();
        var traces = new List<string>();
        for (var n = 0; n < ids.Length; n++)
        {
            var referral = await db.Referrals.SingleAsync(r => r.Id == ids[n]);
            Assert.Equal(partners[n % 3], referral.SubmittedByAgency);
            var audit = await db.Set<AuditEntry>().SingleAsync(e => e.SubjectId == ids[n].ToString() && e.Action == "referral-received");
            Assert.Equal(partners[n % 3], audit.Agency);
            var received = Assert.Single(await db.EventsAboutAsync(ids[n]));
            Assert.NotNull(audit.TraceId);
            Assert.Contains(audit.TraceId, received.Headers, StringComparison.Ordinal);
            traces.Add(audit.TraceId);
        }

        Assert.Equal(30, traces.Distinct().Count());
    }

    [Fact]
    public async Task Each_request_leads_to_the_span_of_the_batch_that_wrote_its_referral()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is PreventApi.Name or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var sent = await Task.WhenAll(Enumerable.Range(0, 12).Select(n => prevent.PartnerSystem().SubmittedAsync(Referral(name: $"Traced Person {n}"))));

        await using var db = prevent.NewDbContext();
        var ids = sent.Select(r => r.Id.ToString()).ToList();
        var requestTraces = await db.Set<AuditEntry>().Where(e => ids.Contains(e.SubjectId) && e.Action == "referral-received").Select(e => e.TraceId!).ToListAsync();
        var batches = stopped.Where(a => a.Source.Name == PreventApi.Name && a.DisplayName == "write referral batch").ToList();
        Assert.Equal(12, requestTraces.Count);
        Assert.Contains(batches, b => b.Links.Count() > 1 && requestTraces.Contains(b.TraceId.ToString()));
        foreach (var trace in requestTraces)
        {
            var batch = Assert.Single(batches, b => b.Links.Any(l => l.Context.TraceId.ToString() == trace));
            var request = Assert.Single(stopped, a => a.Source.Name == "Microsoft.AspNetCore" && a.TraceId.ToString() == trace);
            Assert.True(
                batch.TraceId == request.TraceId || request.Links.Any(l => l.Context.SpanId == batch.SpanId),
                "the request's span is neither the batch span's trace nor linked to it");
        }
    }

    [Fact]
    public async Task Referrals_of_one_new_person_sent_at_once_are_all_repeats_of_the_first_but_one()
    {
        var sameAgain = Enumerable.Range(0, 4).Select(_ => prevent.PartnerSystem().SubmittedAsync(Referral(name: "Casey Together", dateOfBirth: "2004-05-06")));
        var ids = (await Task.WhenAll(sameAgain)).Select(r => r.Id).ToList();

        await AssertAllRepeatsOfTheFirstButOneAsync(ids);
    }

    [Fact]
    public async Task Referrals_of_one_new_person_sent_at_once_to_two_replicas_are_all_repeats_of_the_first_but_one()
    {
        await using var secondReplica = prevent.WithWebHostBuilder(_ => { });
        var partnerAtSecond = secondReplica.CreateClient();
        partnerAtSecond.DefaultRequestHeaders.Authorization = prevent.PartnerSystem().DefaultRequestHeaders.Authorization;
        var replicas = new[] { prevent.PartnerSystem(), partnerAtSecond };

        // The race is narrow (one batch's lookup to its commit), so it is run many times: each round starts with both
        // replicas idle, so each replica's first batch holds a referral of the round's first person.
        for (var round = 0; round < 20; round++)
        {
            var people = Enumerable.Range(0, 3).Select(n => $"Riley Replica {round}-{n}").ToList();
            var sent = people.SelectMany(person => Enumerable.Range(0, 4).Select(n =>
                (Person: person, Referral: replicas[n % 2].SubmittedAsync(Referral(name: person, dateOfBirth: "2003-02-01"))))).ToList();
            await Task.WhenAll(sent.Select(s => s.Referral));

            foreach (var person in people)
            {
                await AssertAllRepeatsOfTheFirstButOneAsync([.. sent.Where(s => s.Person == person).Select(s => s.Referral.Result.Id)]);
            }
        }
    }

    /// <summary>One of them is the person's first referral; every other links to another of them.</summary>
    private async Task AssertAllRepeatsOfTheFirstButOneAsync(List<Guid> ids)
    {
        await using var db = prevent.NewDbContext();
        var stored = await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync();
        Assert.Equal(ids.Count, stored.Count);
        Assert.Single(stored, r => !r.IsRepeat);
        Assert.All(stored.Where(r => r.IsRepeat), r => Assert.Contains(r.PreviousReferralId!.Value, ids.Where(id => id != r.Id)));
    }

    [Fact]
    public async Task A_retry_and_a_reused_key_arriving_with_new_referrals_get_their_answers_and_the_new_ones_are_stored()
    {
        var partner = prevent.PartnerSystem();
        var key = Guid.NewGuid().ToString();
        var original = await partner.SubmittedAsync(Referral(name: "Original Person"), key);

        var fresh = Enumerable.Range(0, 12).Select(n => partner.SubmitAsync(Referral(name: $"Fresh Person {n}")));
        var retry = partner.SubmitAsync(Referral(name: "Original Person"), key);
        var reused = partner.SubmitAsync(Referral(name: "Someone Different"), key);
        var all = await Task.WhenAll(fresh.Append(retry).Append(reused));

        Assert.All(all[..12], r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, all[12].StatusCode);
        Assert.Equal(original.Id, (await all[12].Content.ReadFromJsonAsync<ReferralStatusResponse>(TestJson.Options))!.Id);
        Assert.Equal("idempotency-key-reused", (await all[13].ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await using var db = prevent.NewDbContext();
        Assert.Single(await db.EventsAboutAsync(original.Id));
        foreach (var created in all[..12])
        {
            var id = (await created.Content.ReadFromJsonAsync<ReferralStatusResponse>(TestJson.Options))!.Id;
            Assert.Single(await db.EventsAboutAsync(id));
        }
    }
}
