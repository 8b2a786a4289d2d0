using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Platform.Contracts;

namespace Platform.ServiceDefaults.Auth;

/// <summary>The caller as the token describes them: who, for which agency, in which roles and district.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated ?? false;

    /// <summary>Token subject; <c>anonymous</c> for public requests, <c>system</c> outside a request (consumers, jobs).</summary>
    public string Id => accessor.HttpContext is null ? "system" : Principal.FindFirstValue(ClaimNames.Subject) ?? "anonymous";

    public string? Agency => Principal.FindFirstValue(ClaimNames.Agency);

    public string? District => Principal.FindFirstValue(ClaimNames.District);

    public IReadOnlyList<string> Roles => Principal.FindAll(ClaimNames.Role).Select(claim => claim.Value).ToList();

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public string? RemoteAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
