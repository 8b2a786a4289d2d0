namespace Plans.Api.Domain;

/// <summary>A step on the way to an action's completion, due by <see cref="DueOn"/>.</summary>
public sealed record Milestone(string Title, DateOnly DueOn);
