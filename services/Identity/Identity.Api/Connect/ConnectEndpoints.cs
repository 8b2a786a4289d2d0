namespace Identity.Api.Connect;

public static class ConnectEndpoints
{
    /// <summary>The passthrough endpoints; OpenIddict answers discovery and JWKS itself.</summary>
    public static IEndpointRouteBuilder MapConnect(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(AuthorityServer.AuthorizePath, ["GET", "POST"], AuthorizeEndpoint.Handle).ExcludeFromDescription();
        endpoints.MapPost(AuthorityServer.TokenPath, TokenEndpoint.Handle).ExcludeFromDescription();
        endpoints.MapMethods(AuthorityServer.EndSessionPath, ["GET", "POST"], (Func<HttpContext, Task<IResult>>)EndSessionEndpoint.Handle).ExcludeFromDescription();
        return endpoints;
    }
}
