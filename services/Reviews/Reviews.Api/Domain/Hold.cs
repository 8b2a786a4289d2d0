namespace Reviews.Api.Domain;

/// <summary>The review waits for a parallel process from <see cref="From"/> until <see cref="Until"/> (open while null).</summary>
public sealed record Hold(Guid Id, ParallelProcess Process, string Reason, DateOnly From, DateOnly? Until)
{
    public bool IsOpen => Until is null;
}

/// <summary>Extra days agreed for the review, with why.</summary>
public sealed record Extension(int Days, string Reason, DateOnly AgreedOn);
