using Microsoft.AspNetCore.Mvc;
using Platform.Web.CommunityTrigger;
using Platform.Web.Forms;

namespace Platform.Web.Pages.CommunityTrigger.Apply;

public sealed class DistrictModel : ApplyPage
{
    [BindProperty]
    public string? District { get; set; }

    public void OnGet() => District = Draft.District;

    public IActionResult OnPost()
    {
        if (!Names.Districts.Any(district => district.Slug == District))
        {
            Errors.Add("district", "Select the district where the anti-social behaviour happened");
            return Page();
        }

        Draft.District = District;
        return Next("/community-trigger/apply/about-you");
    }
}
