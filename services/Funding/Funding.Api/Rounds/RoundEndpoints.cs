using Funding.Api.Rounds.GetRound;
using Funding.Api.Rounds.ListRounds;
using Funding.Api.Rounds.OpenRound;
using Platform.Contracts;

namespace Funding.Api.Rounds;

internal static class RoundEndpoints
{
    /// <summary>Anyone signed in (a partner considering an application) reads rounds; grants officers open them.</summary>
    public static IEndpointRouteBuilder MapRounds(this IEndpointRouteBuilder endpoints)
    {
        var rounds = endpoints.MapGroup("/api/funding/rounds").WithTags("Rounds");
        rounds.MapListRounds();
        rounds.MapGetRound();
        rounds.MapGroup("").RequireAuthorization(Roles.GrantsOfficer).MapOpenRound();
        return endpoints;
    }
}
