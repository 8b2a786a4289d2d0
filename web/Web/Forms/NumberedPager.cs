namespace Platform.Web.Forms;

/// <summary>GOV.UK pagination with page numbers, for a list an API gives whole and the page shows in parts.</summary>
public sealed record NumberedPager(string Path, int Current, int Pages)
{
    public static readonly NumberedPager None = new("", 1, 1);

    public static NumberedPager For(string path, int requested, int count, int pageSize)
    {
        var pages = Math.Max(1, (count + pageSize - 1) / pageSize);
        return new(path, Math.Clamp(requested, 1, pages), pages);
    }

    public string Href(int page) => page == 1 ? Path : $"{Path}?page={page}";
}
