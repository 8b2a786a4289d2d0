using System.Data.Common;
using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Http;

namespace Consultation.Api.Results;

/// <summary>
/// Results straight from the database: one grouped scan of the consultation's answer rows (county, by district and by
/// area type in a single GROUPING SETS query over a covering index) and one of its responses, then arithmetic in
/// <see cref="ResultsCalculator"/>. The cost grows with the number of answer rows but not with anything else, so a
/// 12,000-response survey is a few hundred thousand index entries summed once.
/// </summary>
public sealed class ResultsQuery(ConsultationDbContext db, DisclosureRule disclosure)
{
    private const string TallySql = """
        SELECT question_id, row_code, option_code, rank, district, area_type,
               GROUPING(district) AS without_district, GROUPING(area_type) AS without_area_type,
               SUM(weight)::bigint, SUM(number * weight), MIN(number), MAX(number)
        FROM answers
        WHERE consultation_id = @consultation
        GROUP BY GROUPING SETS (
            (question_id, row_code, option_code, rank),
            (question_id, row_code, option_code, rank, district),
            (question_id, row_code, option_code, rank, area_type))
        """;

    public async Task<ConsultationResults> ComputeAsync(PublicConsultation consultation, CancellationToken cancellationToken, bool withPreviousWave = true)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        var tallies = await TalliesAsync(consultation.Id, cancellationToken);
        var byChannel = await RespondentsByChannelAsync(db, consultation.Id, cancellationToken);
        ConsultationResults? previous = null;
        if (withPreviousWave && consultation.PreviousWaveId is { } previousId
            && await db.Consultations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == previousId, cancellationToken) is { } previousWave)
        {
            previous = await ComputeAsync(previousWave, cancellationToken, withPreviousWave: false);
        }

        return ResultsCalculator.Compute(
            consultation, tallies, byChannel.ToDictionary(c => EnumNames.NameOf(c.Key), c => c.Value), disclosure, previous);
    }

    public static async Task<IReadOnlyDictionary<ResponseChannel, int>> RespondentsByChannelAsync(
        ConsultationDbContext db, Guid consultationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Responses.AsNoTracking()
            .Where(r => r.ConsultationId == consultationId)
            .GroupBy(r => r.Channel)
            .Select(g => new { Channel = g.Key, Respondents = g.Sum(r => r.Respondents) })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Channel).ToDictionary(r => r.Channel, r => r.Respondents);
    }

    private async Task<List<Tally>> TalliesAsync(Guid consultationId, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = TallySql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "consultation";
            parameter.Value = consultationId;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var tallies = new List<Tally>();
            while (await reader.ReadAsync(cancellationToken))
            {
                tallies.Add(Read(reader));
            }

            return tallies;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static Tally Read(DbDataReader reader)
    {
        var level = reader.GetInt32(6) == 0 ? BreakdownLevel.District : reader.GetInt32(7) == 0 ? BreakdownLevel.AreaType : BreakdownLevel.County;
        return new Tally(
            reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetInt16(3),
            level,
            level switch
            {
                BreakdownLevel.District => reader.IsDBNull(4) ? null : reader.GetString(4),
                BreakdownLevel.AreaType => reader.IsDBNull(5) ? null : reader.GetString(5),
                _ => null,
            },
            reader.GetInt64(8),
            reader.IsDBNull(9) ? null : reader.GetDecimal(9),
            reader.IsDBNull(10) ? null : reader.GetDecimal(10),
            reader.IsDBNull(11) ? null : reader.GetDecimal(11));
    }
}
