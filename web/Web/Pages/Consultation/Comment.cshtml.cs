using Microsoft.AspNetCore.Mvc;
using Platform.Contracts;
using Platform.Web.Api;
using Platform.Web.Consultation;
using Platform.Web.Forms;

namespace Platform.Web.Pages.Consultation;

/// <summary>
/// One comment: code it with themes (first coder), or, when someone else coded it, code it again blind as the second
/// coder; and choose a quote, edited free of anything identifying, to publish with its theme.
/// </summary>
public sealed class CommentModel(GatewayApi api) : ApiPageModel
{
    public ConsultationView Consultation { get; private set; } = null!;

    public CommentView Comment { get; private set; } = null!;

    [BindProperty]
    public List<string> Themes { get; set; } = [];

    [BindProperty]
    public string? Quote { get; set; }

    public string? Done { get; private set; }

    /// <summary>The person's subject as the service records it (<c>CodedBy</c>).</summary>
    public string? Me => User.FindFirst(ClaimNames.Subject)?.Value;

    /// <summary>Someone else coded it and it is not checked yet: this person codes it blind as the second coder.</summary>
    public bool IsSecondCoder => Comment.CodedBy is not null && Comment.CodedBy != Me && (Comment.CheckedBy is null || Comment.CheckedBy == Me);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid commentId, string? done, CancellationToken cancellationToken)
    {
        Done = done switch { "coded" => "Coding saved", "checked" => "Second coding saved", "quote" => "Quote saved as reviewed", _ => null };
        if (await LoadAsync(id, commentId, cancellationToken) is { } problem)
        {
            return problem;
        }

        Themes = [.. IsSecondCoder ? Comment.CheckThemes ?? [] : Comment.Themes];
        Quote = Comment.Quote ?? Comment.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostCodeAsync(Guid id, Guid commentId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, commentId, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (Themes.Count == 0)
        {
            Errors.Add("themes", "Select at least one theme");
            return Page();
        }

        var second = IsSecondCoder;
        var coded = await api.PutAsync<CommentView>(
            $"/api/consultation/consultations/{id}/comments/{commentId}/{(second ? "check" : "coding")}", new { themes = Themes }, cancellationToken);
        if (!coded.Succeeded)
        {
            Errors.Show(coded.Problem!, "themes");
            return Page();
        }

        return Redirect($"/consultation/{id}/comments/{commentId}?done={(second ? "checked" : "coded")}");
    }

    public async Task<IActionResult> OnPostQuoteAsync(Guid id, Guid commentId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, commentId, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(Quote))
        {
            Errors.Add("quote", "Enter the quote to publish");
            return Page();
        }

        var saved = await api.PutAsync<CommentView>($"/api/consultation/consultations/{id}/comments/{commentId}/quote", new { quote = Quote.Trim() }, cancellationToken);
        if (!saved.Succeeded)
        {
            Errors.Show(saved.Problem!, "quote");
            return Page();
        }

        return Redirect($"/consultation/{id}/comments/{commentId}?done=quote");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid commentId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var consultation = await api.GetAsync<ConsultationView>($"/api/consultation/consultations/{id}", cancellationToken);
        if (!consultation.Succeeded)
        {
            return ProblemPage(consultation.Problem!);
        }

        Consultation = consultation.Value!;
        // The service lists comments a page at a time in id order: the page of one after the id just below this one.
        var page = await api.GetAsync<ApiPage<CommentView>>(
            $"/api/consultation/consultations/{id}/comments?limit=1&after={JustBefore(commentId)}", cancellationToken);
        var comment = page.Value?.Items.FirstOrDefault(c => c.Id == commentId);
        if (comment is null)
        {
            return page.Succeeded ? NotFound() : ProblemPage(page.Problem!);
        }

        Comment = comment;
        return null;
    }

    /// <summary>The id one below <paramref name="id"/> in PostgreSQL's uuid order (its bytes as written, compared in turn).</summary>
    internal static Guid JustBefore(Guid id)
    {
        var hex = id.ToString("N").ToCharArray();
        for (var i = hex.Length - 1; i >= 0; i--)
        {
            if (hex[i] != '0')
            {
                hex[i] = "0123456789abcdef"[Convert.ToInt32(hex[i].ToString(), 16) - 1];
                return Guid.ParseExact(new string(hex), "N");
            }

            hex[i] = 'f';
        }

        return id;
    }
}
