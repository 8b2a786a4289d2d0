using Microsoft.AspNetCore.Mvc;
using Platform.Web.CommunityTrigger;

namespace Platform.Web.Pages.CommunityTrigger.Apply;

public sealed class AboutYouModel : ApplyPage
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Capacity { get; set; }

    [BindProperty]
    public string? OnBehalfOf { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    public IActionResult OnGet()
    {
        if (Draft.District is null)
        {
            return Redirect("/community-trigger/apply/district");
        }

        (Name, Capacity, OnBehalfOf, Email, Phone) = (Draft.Name, Draft.Capacity, Draft.OnBehalfOf, Draft.Email, Draft.Phone);
        return Page();
    }

    public IActionResult OnPost()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            Errors.Add("name", "Enter your full name");
        }
        else if (Name.Length > 200)
        {
            Errors.Add("name", "Full name must be 200 characters or fewer");
        }

        if (Capacity is not ("victim" or "representative"))
        {
            Errors.Add("capacity", "Select whether you are applying for yourself or for someone else");
        }
        else if (Capacity == "representative" && string.IsNullOrWhiteSpace(OnBehalfOf))
        {
            Errors.Add("on-behalf-of", "Enter the name of the person you are applying for");
        }

        if (string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone))
        {
            Errors.Add("email", "Enter an email address or a phone number, so the outcome can be sent to you");
        }
        else if (!string.IsNullOrWhiteSpace(Email) && !Email.Contains('@', StringComparison.Ordinal))
        {
            Errors.Add("email", "Enter an email address in the correct format, like name@example.com");
        }

        if (Errors.Any)
        {
            return Page();
        }

        (Draft.Name, Draft.Capacity, Draft.OnBehalfOf, Draft.Email, Draft.Phone) = (Name!.Trim(), Capacity, OnBehalfOf, Email, Phone);
        return Next("/community-trigger/apply/problem");
    }
}
