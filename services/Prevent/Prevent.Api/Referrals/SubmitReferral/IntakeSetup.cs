using Platform.ServiceDefaults.Messaging;

namespace Prevent.Api.Referrals.SubmitReferral;

internal static class IntakeSetup
{
    /// <summary>Both doors, the intake they share and its writer.</summary>
    public static IServiceCollection AddReferralIntake(this IServiceCollection services)
    {
        services.AddOptions<PartnerIntakeOptions>().BindConfiguration(PartnerIntakeOptions.Section);
        return services
            .AddScoped<ReferralIntake>()
            .AddSingleton<ReferralWriter>()
            .AddScoped<PartnerMessageDoor>()
            .AddSingleton(PartnerReferralSchema.Published())
            .AddSingleton<ParkedMessageStore>()
            .AddHostedService<AmqpReferralListener>();
    }
}
