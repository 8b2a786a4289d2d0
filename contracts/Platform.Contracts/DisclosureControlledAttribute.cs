namespace Platform.Contracts;

/// <summary>
/// Marks an event whose every occurrence is about a person in a special-category or criminal-offence context (a Prevent
/// referral, a Channel case, a domestic homicide). Whoever counts it publishes those counts only through the platform's
/// small-number disclosure control (decisions 0014, 0025): counts of 0–4 withheld, and no withheld count recoverable
/// from the figures published beside it. The mark belongs to the owning service's contract, so a consumer cannot forget
/// it for one of its outputs.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DisclosureControlledAttribute : Attribute;
