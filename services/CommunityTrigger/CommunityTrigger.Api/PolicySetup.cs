using CommunityTrigger.Api.Cases;
using CommunityTrigger.Api.Domain;

namespace CommunityTrigger.Api;

/// <summary>
/// Local policy from configuration section <c>CommunityTrigger</c>: threshold rule versions (<c>ThresholdRules</c>,
/// an array; the statutory default when absent) and timescales (<c>Deadlines</c>). Bank holidays are data in the assembly.
/// </summary>
internal static class PolicySetup
{
    public const string Section = "CommunityTrigger";

    public static WebApplicationBuilder AddCommunityTriggerPolicies(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        var ruleSets = section.GetSection("ThresholdRules").Get<ThresholdRuleSet[]>();
        builder.Services.AddSingleton(ruleSets is { Length: > 0 } ? new ThresholdRuleBook(ruleSets) : ThresholdRuleBook.Default);
        builder.Services.AddSingleton(section.GetSection("Deadlines").Get<DeadlinePolicy>() ?? new DeadlinePolicy());
        builder.Services.AddSingleton(WorkingDayCalendar.EnglandAndWales);
        builder.Services.AddSingleton<CaseClock>();
        return builder;
    }
}
