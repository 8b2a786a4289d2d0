namespace Plans.Api.Domain;

/// <summary>Which way a measure should move for the outcome to be improving; neutral measures are watched, not judged.</summary>
public enum MeasureDirection
{
    Up,
    Down,
    Neutral,
}
