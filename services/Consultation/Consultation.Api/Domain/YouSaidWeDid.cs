namespace Consultation.Api.Domain;

/// <summary>
/// What the owners publish after closing: a summary, their response to each theme people raised, and what changed in
/// the plan because of it. Public once the results are published.
/// </summary>
public sealed record YouSaidWeDid(string Summary, IReadOnlyList<ThemeResponse> ThemeResponses, IReadOnlyList<string> PlanChanges)
{
    public Dictionary<string, string[]> Problems(IReadOnlyCollection<string> codeFrame)
    {
        ArgumentNullException.ThrowIfNull(codeFrame);
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Summary) || Summary.Length > 4000)
        {
            problems["youSaidWeDid.summary"] = ["Give a summary of up to 4000 characters."];
        }

        for (var i = 0; i < (ThemeResponses?.Count ?? 0); i++)
        {
            var response = ThemeResponses![i];
            if (response is null || !codeFrame.Contains(response.Theme) || string.IsNullOrWhiteSpace(response.WeDid) || response.WeDid.Length > 4000)
            {
                problems[$"youSaidWeDid.themeResponses[{i}]"] = ["Name a theme of the code frame and say what was done (up to 4000 characters)."];
            }
        }

        if ((PlanChanges ?? []).Count > 50 || (PlanChanges ?? []).Any(c => string.IsNullOrWhiteSpace(c) || c.Length > 1000))
        {
            problems["youSaidWeDid.planChanges"] = ["Up to 50 changes, each 1 to 1000 characters."];
        }

        return problems;
    }
}

public sealed record ThemeResponse(string Theme, string WeDid);
