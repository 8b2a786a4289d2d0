using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Reviews;

namespace Platform.Web.Pages.Reviews;

/// <summary>One review's steps: the decision, the timescale with its holds and extensions, contributions, the report's progress, recommendations.</summary>
public sealed class ReviewModel(GatewayApi api) : ApiPageModel
{
    public ReviewView Review { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var review = await api.GetAsync<ReviewView>($"/api/reviews/{id}", cancellationToken);
        if (!review.Succeeded)
        {
            return ProblemPage(review.Problem!);
        }

        Review = review.Value!;
        return Page();
    }
}
