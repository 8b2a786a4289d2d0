namespace Platform.ServiceDefaults.Errors;

/// <summary>
/// A domain rule refused a change. Thrown by domain types, turned into a problem details response naming the rule;
/// nothing is saved because the exception leaves the handler before <c>SaveChanges</c>.
/// </summary>
public sealed class RuleViolationException : Exception
{
    public RuleViolationException(string rule, string message, RuleViolationKind kind = RuleViolationKind.InvalidTransition)
        : base(message)
    {
        Rule = rule;
        Kind = kind;
    }

    public RuleViolationException()
        : this("unspecified", "A domain rule was violated.")
    {
    }

    public RuleViolationException(string message)
        : this("unspecified", message)
    {
    }

    public RuleViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rule = "unspecified";
    }

    /// <summary>Stable kebab-case code, e.g. <c>priority-not-proposed</c>; clients may switch on it.</summary>
    public string Rule { get; }

    public RuleViolationKind Kind { get; }
}

public enum RuleViolationKind
{
    /// <summary>The aggregate's current state does not allow this (409 Conflict).</summary>
    InvalidTransition,

    /// <summary>The request is well-formed but breaks a business rule (422 Unprocessable Content).</summary>
    BusinessRule,

    /// <summary>Something the request points at does not exist (404).</summary>
    NotFound,

    /// <summary>The caller may not do this in the name it gives, e.g. for another agency (403 Forbidden).</summary>
    Forbidden,
}
