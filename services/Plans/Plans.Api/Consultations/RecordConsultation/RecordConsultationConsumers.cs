using Consultation.Contracts;
using MassTransit;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Messaging;

namespace Plans.Api.Consultations.RecordConsultation;

/// <summary>A consultation opened: the plan it consults on now has it as evidence (once per event: the inbox skips redeliveries).</summary>
public sealed class RecordConsultationOpened(PlansDbContext db) : IdempotentConsumer<ConsultationOpened, PlansDbContext>(db)
{
    protected override async Task HandleAsync(ConsultationOpened message, ConsumeContext<ConsultationOpened> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        (await DbContext.EvidenceOfAsync(message.ConsultationId, cancellationToken))
            .Opened(message.Title, message.Owners, message.OpensOn, message.ClosesOn, message.PlanId, message.OccurredAt);
    }
}

public sealed class RecordConsultationClosed(PlansDbContext db) : IdempotentConsumer<ConsultationClosed, PlansDbContext>(db)
{
    protected override async Task HandleAsync(ConsultationClosed message, ConsumeContext<ConsultationClosed> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        (await DbContext.EvidenceOfAsync(message.ConsultationId, cancellationToken))
            .Closed(message.ClosedOn, message.Respondents, message.RespondentsByChannel, message.PlanId, message.OccurredAt);
    }
}

/// <summary>
/// Published results: kept as the plan's evidence, and each county-wide percentage becomes the reading, for the quarter
/// the consultation closed in, of every measure derived from <c>consultation:&lt;indicator code&gt;</c> (for example a
/// "feel safe outside after dark" measure fed by the safety survey's matrix row).
/// </summary>
public sealed class RecordConsultationResults(PlansDbContext db) : IdempotentConsumer<ConsultationResultsPublished, PlansDbContext>(db)
{
    protected override async Task HandleAsync(
        ConsultationResultsPublished message, ConsumeContext<ConsultationResultsPublished> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(context);
        var indicators = message.Indicators.Select(i => new PerceptionResult(i.Code, i.Label, i.Percent, i.Base)).ToList();
        (await DbContext.EvidenceOfAsync(message.ConsultationId, cancellationToken)).ResultsPublished(
            message.Title, message.PublishedOn, message.ClosedOn, message.Respondents,
            [.. message.Rankings.Select(r => new RankedPriority(r.QuestionId, r.OptionCode, r.Label, r.Position, r.AverageScore))],
            indicators, message.PlanId, message.OccurredAt);
        await DbContext.SetPerceptionReadingsAsync(
            message.ConsultationId, Quarter.Containing(message.ClosedOn).Start, indicators, context.MessageId ?? message.EventId, message.OccurredAt, cancellationToken);
    }
}
