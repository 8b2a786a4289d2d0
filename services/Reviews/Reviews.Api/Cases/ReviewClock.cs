using Platform.ServiceDefaults.Time;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases;

/// <summary>Now and today (in England) from the injected <see cref="TimeProvider"/>, with the timescales reviews are judged by.</summary>
public sealed class ReviewClock(TimeProvider time, TimescalePolicy policy)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => UkDate.Of(Now);

    public TimescalePolicy Policy => policy;

    public ReviewResponse View(ReviewCase review) => ReviewResponse.From(review, Today, policy);
}
