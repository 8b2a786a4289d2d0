using Reviews.Api.Domain;
using Reviews.Api.Cases;

namespace Reviews.Api;

/// <summary>Local policy from configuration section <c>Reviews</c>: timescales (<c>Timescales</c>).</summary>
internal static class PolicySetup
{
    public const string Section = "Reviews";

    public static WebApplicationBuilder AddReviewPolicies(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        builder.Services.AddSingleton(section.GetSection("Timescales").Get<TimescalePolicy>() ?? new TimescalePolicy());
        builder.Services.AddSingleton<ReviewClock>();
        return builder;
    }
}
