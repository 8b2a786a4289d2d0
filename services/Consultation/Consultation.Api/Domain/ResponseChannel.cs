namespace Consultation.Api.Domain;

/// <summary>How a response reached the partnership; everything but <see cref="Online"/> is entered by staff.</summary>
public enum ResponseChannel
{
    Online,
    Paper,
    Phone,
    Email,
    Event,
    Workshop,
}
