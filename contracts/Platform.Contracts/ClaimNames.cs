namespace Platform.Contracts;

/// <summary>Claim types in platform tokens, shared by the gateway, the services and the token tools.</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Agency = "agency";
    public const string Role = "role";
    public const string District = "district";
}
