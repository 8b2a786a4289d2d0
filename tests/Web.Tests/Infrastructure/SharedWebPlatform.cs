namespace Web.Tests.Infrastructure;

/// <summary>
/// One platform for every browser test: starting it costs more than the tests, and they keep out of each other's way
/// by district (each journey applies in its own) and by browser context (each test is a separate person).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedWebPlatform : ICollectionFixture<WebPlatform>
{
    public const string Name = "web";
}
