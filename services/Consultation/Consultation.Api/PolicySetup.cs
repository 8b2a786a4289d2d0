using Consultation.Api.Domain;
using Microsoft.AspNetCore.Authorization;
using Platform.Contracts;

namespace Consultation.Api;

/// <summary>
/// Who does what (policies), and local settings from configuration section <c>Consultation</c>:
/// <c>MinimumBase</c> for small-number suppression in breakdowns (default 10).
/// </summary>
internal static class PolicySetup
{
    public const string Section = "Consultation";

    /// <summary>Designs and runs consultations, enters offline responses, publishes results.</summary>
    public const string Officer = "consultation-officer";

    /// <summary>Codes comments with themes and reviews quotes (officers may too).</summary>
    public const string Coder = "consultation-coder";

    /// <summary>Any member of staff; whether they may see unpublished results depends on the consultation's owners.</summary>
    public const string Staff = "consultation-staff";

    public static WebApplicationBuilder AddConsultationPolicies(this WebApplicationBuilder builder)
    {
        var minimumBase = builder.Configuration.GetSection(Section).GetValue<int?>("MinimumBase") ?? 10;
        builder.Services.AddSingleton(new DisclosureRule(minimumBase));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Officer, policy => policy.RequireRole(Roles.ConsultationOfficer))
            .AddPolicy(Coder, policy => policy.RequireRole(Roles.Analyst, Roles.ConsultationOfficer))
            .AddPolicy(Staff, policy => policy.RequireAuthenticatedUser());
        return builder;
    }
}
