namespace Plans.Api.Domain;

/// <summary>
/// The composite action plan: recommendations agreed in Domestic Homicide Reviews become actions on the Serious
/// Violence priority's work plan (the priority with code <see cref="TargetPriorityCode"/>), one per recommendation.
/// </summary>
public static class CompositeActionPlan
{
    public const string TargetPriorityCode = "serious-violence";

    /// <summary>
    /// The enabler a recommendation serves, by the review's category: <c>training</c> builds a skilled workforce,
    /// <c>awareness-raising</c> public awareness; everything else (<c>process-improvement</c>, <c>management-grip</c>,
    /// <c>policy-response</c>, and any category added later) changes how agencies intervene, so effective interventions.
    /// </summary>
    public static string EnablerFor(string category) => category switch
    {
        "training" => Enablers.SkilledWorkforce,
        "awareness-raising" => Enablers.PublicAwareness,
        _ => Enablers.EffectiveInterventions,
    };
}
