using Platform.Web.Api;
using Platform.Web.Forms;
using Platform.Web.Reviews;

namespace Platform.Web.Pages.Reviews;

/// <summary>
/// Journey 7 begins here: the reviews the person may see (a review manager all, a panel member their own), by
/// pseudonymous reference, with the decision deadline until one is made and then the timescale net of holds.
/// </summary>
public sealed class IndexModel(GatewayApi api) : ApiPageModel
{
    private const int PageSize = 25;

    public IReadOnlyList<ReviewListItemView>? Reviews { get; private set; }

    public NumberedPager Pager { get; private set; } = NumberedPager.None;

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        var all = await LoadAsync(api.GetAsync<IReadOnlyList<ReviewListItemView>>("/api/reviews", cancellationToken));
        if (all is null)
        {
            return;
        }

        Pager = NumberedPager.For("/reviews", page ?? 1, all.Count, PageSize);
        Reviews = [.. all.Skip((Pager.Current - 1) * PageSize).Take(PageSize)];
    }
}
