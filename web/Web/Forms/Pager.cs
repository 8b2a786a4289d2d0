namespace Platform.Web.Forms;

/// <summary>
/// GOV.UK pagination over the APIs' keyset pages: "Next" asks for the page after the last id shown; the APIs cannot
/// page backwards, so "Previous" goes back to the first page.
/// </summary>
public sealed record Pager(string? FirstHref, string? NextHref)
{
    public static Pager For(string path, Guid? after, Guid? nextAfter) => new(
        after is null ? null : path,
        nextAfter is { } next ? $"{path}?after={next}" : null);

    public bool Any => FirstHref is not null || NextHref is not null;
}
