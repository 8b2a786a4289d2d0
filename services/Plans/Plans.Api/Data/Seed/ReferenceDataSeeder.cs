using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Data;
using Plans.Api.Domain;
using Plans.Contracts;
using Platform.ServiceDefaults.Messaging;

namespace Plans.Api.Data.Seed;

/// <summary>
/// Loads the reference data (<see cref="SeedData"/>) at start-up when <c>Plans:SeedReferenceData</c> is true, after
/// the migrations. Idempotent: fixed ids and <c>ON CONFLICT DO NOTHING</c> (on the id for plans, whose deferred
/// exclusion constraint cannot arbitrate), in one transaction holding an advisory
/// lock, so restarts and replicas starting together never duplicate a row, and a row an officer has since changed is
/// left as they left it (a priority whose code an officer has already used is not seeded again). Rows it does insert are announced like any other change (PriorityAdopted, PlanPublished).
/// </summary>
internal sealed partial class ReferenceDataSeeder(
    IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<ReferenceDataSeeder> logger)
    : IHostedService
{
    public const string Setting = "Plans:SeedReferenceData";

    /// <summary>Distinct from the migrator's lock key; only seeders of the Plans database take it.</summary>
    private const long AdvisoryLockKey = 0x43_53_50_53_45_45_44; // "CSPSEED"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>(Setting))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await StartupLock.AcquireForTransactionAsync(db, AdvisoryLockKey, cancellationToken);

        var inserted = 0;
        foreach (var area in SeedData.Areas)
        {
            inserted += await db.Database.ExecuteSqlAsync(
                $"INSERT INTO areas (slug, name, kind) VALUES ({area.Slug}, {area.Name}, {area.Kind}) ON CONFLICT DO NOTHING",
                cancellationToken);
        }

        foreach (var agency in SeedData.Agencies)
        {
            inserted += await db.Database.ExecuteSqlAsync(
                $"INSERT INTO agencies (slug, name, kind) VALUES ({agency.Slug}, {agency.Name}, {agency.Kind}) ON CONFLICT DO NOTHING",
                cancellationToken);
        }

        inserted += await SeedDeliveryGroupsAsync(db, cancellationToken);
        inserted += await SeedPrioritiesAsync(db, cancellationToken);
        inserted += await SeedWorkPlansAsync(db, cancellationToken);
        inserted += await SeedPlanAsync(db, cancellationToken);
        inserted += await SeedOutcomesAsync(db, cancellationToken);

        await db.SaveChangesAsync(cancellationToken); // the outbox rows for what was inserted
        await transaction.CommitAsync(cancellationToken);
        LogSeeded(logger, inserted);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<int> SeedDeliveryGroupsAsync(PlansDbContext db, CancellationToken cancellationToken)
    {
        var inserted = 0;
        foreach (var g in SeedData.DeliveryGroups)
        {
            var members = JsonSerializer.Serialize(new[] { g.ChairAgency }.Concat(g.MemberAgencies).Distinct(StringComparer.Ordinal));
            inserted += await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO delivery_groups (id, name, purpose, chair_agency, member_agencies, created_at)
                VALUES ({SeedIds.DeliveryGroup(g.Name)}, {g.Name}, {g.Purpose}, {g.ChairAgency}, CAST({members} AS jsonb), {SeedData.PlanAdoptedAt})
                ON CONFLICT DO NOTHING
                """,
                cancellationToken);
        }

        return inserted;
    }

    private async Task<int> SeedPrioritiesAsync(PlansDbContext db, CancellationToken cancellationToken)
    {
        // By name: a group an officer created under the same name before the seed ran is the one the plan means.
        var groupIds = await db.DeliveryGroups.AsNoTracking().ToDictionaryAsync(g => g.Name, g => g.Id, cancellationToken);
        var adoptedAt = SeedData.PlanAdoptedAt;
        var inserted = 0;
        foreach (var p in SeedData.Priorities)
        {
            var id = SeedIds.Priority(p.Code);
            Guid? groupId = p.DeliveryGroup is { } name && groupIds.TryGetValue(name, out var found) ? found : null;
            var status = nameof(PriorityStatus.Adopted);
            var rows = await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO priorities (id, code, title, description, strategic_theme, sponsor_agency, lead_officer, delivery_group_id, status, proposed_at, adopted_at)
                VALUES ({id}, {p.Code}, {p.Title}, {p.Description}, {p.StrategicTheme}, {p.SponsorAgency}, {p.LeadOfficer}, {groupId}, {status}, {adoptedAt}, {adoptedAt})
                ON CONFLICT DO NOTHING
                """,
                cancellationToken);
            if (rows == 1)
            {
                db.AddIntegrationEvent(new PriorityAdopted
                {
                    OccurredAt = clock.GetUtcNow(),
                    PriorityId = id,
                    Title = p.Title,
                    StrategicTheme = p.StrategicTheme,
                    SponsorAgency = p.SponsorAgency,
                });
            }

            inserted += rows;
        }

        return inserted;
    }

    /// <summary>
    /// The work plans' SMART actions, onto the seeded priorities only (an officer's own priority of the same code is
    /// theirs to plan). A seeded priority still without a delivery group (seeded before the place-based forum was) is
    /// given the plan's group: the published plan's own rule asks every priority for one.
    /// </summary>
    private static async Task<int> SeedWorkPlansAsync(PlansDbContext db, CancellationToken cancellationToken)
    {
        var groupIds = await db.DeliveryGroups.AsNoTracking().ToDictionaryAsync(g => g.Name, g => g.Id, cancellationToken);
        var inserted = 0;
        foreach (var p in SeedData.Priorities)
        {
            if (p.DeliveryGroup is { } name && groupIds.TryGetValue(name, out var groupId))
            {
                await db.Database.ExecuteSqlAsync(
                    $"UPDATE priorities SET delivery_group_id = {groupId} WHERE id = {SeedIds.Priority(p.Code)} AND delivery_group_id IS NULL",
                    cancellationToken);
            }
        }

        var notStarted = nameof(ActionStatus.NotStarted);
        foreach (var plan in SeedData.WorkPlans)
        {
            var priorityId = SeedIds.Priority(plan.PriorityCode);
            foreach (var a in plan.Actions)
            {
                inserted += await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO delivery_actions (id, priority_id, description, owner_agency, due_on, milestones, success_measure, enabler, status, created_at)
                    SELECT {SeedIds.Action(plan.PriorityCode, a.Key)}, id, {a.Description}, {a.OwnerAgency}, {a.DueOn}, CAST('[]' AS jsonb), {a.SuccessMeasure},
                           {a.Enabler}, {notStarted}, {SeedData.PlanAdoptedAt}
                    FROM priorities WHERE id = {priorityId}
                    ON CONFLICT DO NOTHING
                    """,
                    cancellationToken);
            }
        }

        return inserted;
    }

    /// <summary>The 2025–28 plan as published, covering the seeded priorities that exist and the four enablers.</summary>
    private async Task<int> SeedPlanAsync(PlansDbContext db, CancellationToken cancellationToken)
    {
        var seededIds = SeedData.Priorities.Select(p => SeedIds.Priority(p.Code)).ToList();
        var existing = await db.Priorities.AsNoTracking().Where(p => seededIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var priorityIds = seededIds.Where(existing.Contains).ToArray();
        var enablers = SeedData.Enablers.ToArray();
        var plan = Plan.Published(
            SeedIds.Plan(SeedData.PlanTitle), SeedData.PlanTitle, SeedData.PlanStartYear, SeedData.PlanEndYear, priorityIds, enablers,
            SeedData.PlanAdoptedAt);
        var status = nameof(PlanStatus.Published);
        var rows = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO plans (id, series_id, version_number, title, start_year, end_year, status, priority_ids, enablers, drafted_at, published_at)
            VALUES ({plan.Id}, {plan.SeriesId}, {plan.VersionNumber}, {plan.Title}, {plan.StartYear}, {plan.EndYear}, {status},
                    {priorityIds}, {enablers}, {plan.DraftedAt}, {plan.PublishedAt})
            ON CONFLICT (id) DO NOTHING
            """,
            cancellationToken);
        if (rows == 1)
        {
            db.AddIntegrationEvent(new PlanPublished
            {
                OccurredAt = clock.GetUtcNow(),
                PlanId = plan.Id,
                SeriesId = plan.SeriesId,
                VersionNumber = plan.VersionNumber,
                StartYear = plan.StartYear,
                EndYear = plan.EndYear,
                PriorityIds = priorityIds,
                Enablers = enablers,
            });
        }

        return rows;
    }

    /// <summary>The 2021–24 long-term outcomes and their measures; measures fed by events name their derived source.</summary>
    private static async Task<int> SeedOutcomesAsync(PlansDbContext db, CancellationToken cancellationToken)
    {
        var definedAt = SeedData.OutcomesDefinedAt;
        var inserted = 0;
        foreach (var outcome in SeedData.Outcomes)
        {
            inserted += await db.Database.ExecuteSqlAsync(
                $"INSERT INTO outcomes (id, number, title, defined_at) VALUES ({SeedIds.Outcome(outcome.Number)}, {outcome.Number}, {outcome.Title}, {definedAt}) ON CONFLICT DO NOTHING",
                cancellationToken);
        }

        // By number: an outcome an officer defined under the same number before the seed ran is the one Appendix 1 means.
        var outcomeIds = await db.Outcomes.AsNoTracking().ToDictionaryAsync(o => o.Number, o => o.Id, cancellationToken);
        foreach (var outcome in SeedData.Outcomes)
        {
            var outcomeId = outcomeIds[outcome.Number];
            foreach (var (measure, index) in outcome.Measures.Select((m, i) => (m, i)))
            {
                var direction = measure.Direction.ToString();
                inserted += await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO measures (id, outcome_id, name, unit, direction, source, derived_from, disclosure_controlled, defined_at)
                    VALUES ({SeedIds.Measure(outcome.Number, index + 1)}, {outcomeId}, {measure.Name}, {measure.Unit}, {direction}, {measure.Source},
                            {measure.DerivedFrom}, {DerivedSources.IsDisclosureControlled(measure.DerivedFrom)}, {definedAt})
                    ON CONFLICT DO NOTHING
                    """,
                    cancellationToken);
                if (measure.CrimeTypes is { } crimeTypes)
                {
                    // Only onto the seed's own police-data measure, never one an officer defined differently first.
                    var types = crimeTypes.ToArray();
                    inserted += await db.Database.ExecuteSqlAsync(
                        $"""
                        INSERT INTO crime_type_mappings (measure_id, crime_types, updated_at)
                        SELECT id, {types}, {definedAt} FROM measures WHERE id = {SeedIds.Measure(outcome.Number, index + 1)} AND derived_from = {DerivedSources.PoliceRecordedCrime}
                        ON CONFLICT DO NOTHING
                        """,
                        cancellationToken);
                }
            }
        }

        return inserted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reference data seeded: {Inserted} rows inserted")]
    private static partial void LogSeeded(ILogger logger, int inserted);
}
