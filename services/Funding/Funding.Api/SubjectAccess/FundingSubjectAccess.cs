using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.SubjectAccess;

namespace Funding.Api.SubjectAccess;

/// <summary>
/// What Funding holds about a person: the applications naming them as the contact (by name or email), with the
/// organisation and project they were the contact for. Assessors and officers are staff, recorded by their sign-in id.
/// </summary>
internal static class FundingSubjectAccess
{
    public static readonly SubjectAccessSearch<FundingDbContext> Search = new(
        "the application contact's name or email (whole, any case)", FindAsync);

    private static async Task<IReadOnlyList<SubjectRecord>> FindAsync(
        FundingDbContext db, SubjectAccessRequest request, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        var email = request.Email?.Trim() ?? "";
        var applications = await db.Applications
            .FromSql($"""
                SELECT *, xmin FROM applications
                WHERE lower(contact->>'name') = lower({name}) OR ({email} <> '' AND lower(contact->>'email') = lower({email}))
                """)
            .AsNoTracking()
            .OrderBy(a => a.SubmittedAt)
            .ToListAsync(cancellationToken);
        return [.. applications.Select(a => new SubjectRecord(nameof(GrantApplication), a.Id.ToString(), ContactRecord.From(a)))];
    }

    /// <summary>The contact as held, and what they were the contact for.</summary>
    private sealed record ContactRecord(
        Guid ApplicationId, string ApplicantAgency, string OrganisationName, string ProjectTitle, ApplicationStatus Status,
        DateTimeOffset SubmittedAt, Contact Contact, string EnteredBy)
    {
        public static ContactRecord From(GrantApplication a) => new(
            a.Id, a.ApplicantAgency, a.Details.OrganisationName, a.Details.ProjectTitle, a.Status, a.SubmittedAt, a.Contact, a.EnteredBy);
    }
}
