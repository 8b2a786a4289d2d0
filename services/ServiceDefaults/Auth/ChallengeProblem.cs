using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Auth;

/// <summary>A 401 that says what was wrong with the token, so a client developer need not guess.</summary>
internal static class ChallengeProblem
{
    public static async Task WriteAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Authentication is required.",
                Detail = Describe(context.AuthenticateFailure, SignedWithRefusedAlgorithm(context)),
            },
        });
    }

    /// <summary>
    /// An HS256 token fails as "no matching key" before its algorithm is checked; its header says why it can never pass.
    /// (<c>alg: none</c> is left to the signature message: it has none.)
    /// </summary>
    private static bool SignedWithRefusedAlgorithm(JwtBearerChallengeContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (context.AuthenticateFailure is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string algorithm;
        try
        {
            algorithm = new JsonWebToken(header["Bearer ".Length..].Trim()).Alg;
        }
        catch (ArgumentException)
        {
            return false;
        }

        var allowed = context.Options.TokenValidationParameters.ValidAlgorithms;
        return !string.Equals(algorithm, "none", StringComparison.OrdinalIgnoreCase) && allowed is not null && !allowed.Contains(algorithm);
    }

    private static string Describe(Exception? failure, bool refusedAlgorithm) => failure switch
    {
        null => "Send a bearer token in the Authorization header.",
        _ when refusedAlgorithm => "The token is signed with an algorithm this platform does not accept (RS256 or ES256 from the identity service).",
        SecurityTokenExpiredException => "The token has expired; get a new one.",
        TokenLifetimeTooLongException tooLong => $"The token lives longer than the {tooLong.Maximum.TotalMinutes:0} minutes this platform allows.",
        SecurityTokenInvalidAlgorithmException => "The token is signed with an algorithm this platform does not accept (RS256 or ES256 from the identity service).",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
            "The token's signature does not match a trusted key.",
        SecurityTokenInvalidIssuerException => "The token was issued by an issuer this platform does not trust.",
        SecurityTokenInvalidAudienceException => "The token is meant for another audience.",
        _ => "The token is not valid.",
    };
}
