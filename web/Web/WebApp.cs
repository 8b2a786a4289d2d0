namespace Platform.Web;

/// <summary>The web front-end's entry point, for hosting it in tests (WebApplicationFactory needs a type from the assembly).</summary>
public sealed class WebApp;
