namespace Platform.Web.Forms;

/// <summary>What the GOV.UK date input partial needs: its id (the day box is <c>{Id}-day</c>), name prefix, legend, hint, value and error.</summary>
public sealed record DateInputModel(string Id, string Name, string Legend, string Hint, DateParts Value, string? Error);
