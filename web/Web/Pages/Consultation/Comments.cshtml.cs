using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Consultation;

namespace Platform.Web.Pages.Consultation;

/// <summary>Comments to code, oldest first, with how far each has got: not coded, coded, checked by a second coder, quote reviewed.</summary>
public sealed class CommentsModel(GatewayApi api) : ApiPageModel
{
    public const int PageSize = 50;

    public ConsultationView Consultation { get; private set; } = null!;

    public ApiPage<CommentView>? Comments { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? After { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Uncoded { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var consultation = await api.GetAsync<ConsultationView>($"/api/consultation/consultations/{id}", cancellationToken);
        if (!consultation.Succeeded)
        {
            return ProblemPage(consultation.Problem!);
        }

        Consultation = consultation.Value!;
        Comments = await LoadAsync(api.GetAsync<ApiPage<CommentView>>(
            $"/api/consultation/consultations/{id}/comments?limit={PageSize}{(Uncoded ? "&uncoded=true" : "")}{(After is { } after ? $"&after={after}" : "")}",
            cancellationToken));
        return Page();
    }

    public string ThemeLabels(IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(code => Consultation.CodeFrame.FirstOrDefault(t => t.Code == code)?.Label ?? code));
}
