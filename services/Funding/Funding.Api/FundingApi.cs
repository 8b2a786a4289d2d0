namespace Funding.Api;

/// <summary>Names the Funding service's entry assembly for test hosts (<c>WebApplicationFactory&lt;FundingApi&gt;</c>).</summary>
public sealed class FundingApi
{
    private FundingApi()
    {
    }
}
