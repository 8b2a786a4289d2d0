using System.ComponentModel.DataAnnotations;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Http;

namespace Plans.Api.Actions.ChangeStatus;

public sealed record ChangeActionStatusRequest(
    [property: Required, OneOfEnumNames(typeof(ActionStatus))] string Status,
    [property: Required, StringLength(2000, MinimumLength = 1)] string Note);
