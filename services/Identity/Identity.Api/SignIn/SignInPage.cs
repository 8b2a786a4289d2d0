using System.Text.Encodings.Web;

namespace Identity.Api.SignIn;

/// <summary>
/// The sign-in page, server-rendered in the GOV.UK Design System's markup (its class names and error summary
/// pattern), styled by a small local stylesheet until the web front-end brings govuk-frontend. No script, no CDN.
/// </summary>
public static class SignInPage
{
    public static string Render(string basePath, string returnUrl, string antiforgeryField, string antiforgeryToken, string? userName,
        string? error, IEnumerable<(string Name, string DisplayName)> providers)
    {
        var e = HtmlEncoder.Default;
        var errorSummary = error is null ? "" : $"""
                  <div class="govuk-error-summary" data-module="govuk-error-summary">
                    <div role="alert">
                      <h2 class="govuk-error-summary__title">There is a problem</h2>
                      <div class="govuk-error-summary__body">
                        <ul class="govuk-list govuk-error-summary__list"><li><a href="#username">{e.Encode(error)}</a></li></ul>
                      </div>
                    </div>
                  </div>
            """;
        var external = string.Concat(providers.Select(p => $"""
                  <p class="govuk-body"><a class="govuk-button govuk-button--secondary" href="account/external/{e.Encode(p.Name)}?ReturnUrl={Uri.EscapeDataString(returnUrl)}">Sign in as {e.Encode(p.DisplayName)}</a></p>
            """));
        return $"""
            <!DOCTYPE html>
            <html lang="en" class="govuk-template">
            <head>
              <meta charset="utf-8">
              <title>{(error is null ? "" : "Error: ")}Sign in - Community Safety Partnership</title>
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <base href="{e.Encode(basePath)}">
              <link rel="stylesheet" href="assets/identity.css">
            </head>
            <body class="govuk-template__body">
              <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
              <header class="govuk-header" role="banner">
                <div class="govuk-header__container govuk-width-container">
                  <span class="govuk-header__service-name">Community Safety Partnership</span>
                </div>
              </header>
              <div class="govuk-width-container">
                <main class="govuk-main-wrapper" id="main-content" role="main">
            {errorSummary}
                  <h1 class="govuk-heading-l">Sign in</h1>
                  <form method="post" action="account/sign-in" novalidate>
                    <input type="hidden" name="{e.Encode(antiforgeryField)}" value="{e.Encode(antiforgeryToken)}">
                    <input type="hidden" name="ReturnUrl" value="{e.Encode(returnUrl)}">
                    <div class="govuk-form-group{(error is null ? "" : " govuk-form-group--error")}">
                      <label class="govuk-label" for="username">User name</label>
                      <input class="govuk-input" id="username" name="username" type="text" autocomplete="username" spellcheck="false" value="{e.Encode(userName ?? "")}">
                    </div>
                    <div class="govuk-form-group{(error is null ? "" : " govuk-form-group--error")}">
                      <label class="govuk-label" for="password">Password</label>
                      <input class="govuk-input" id="password" name="password" type="password" autocomplete="current-password">
                    </div>
                    <button type="submit" class="govuk-button" data-module="govuk-button">Sign in</button>
                  </form>
            {external}
                </main>
              </div>
            </body>
            </html>
            """;
    }

    public static string Message(string basePath, string heading) => $"""
        <!DOCTYPE html>
        <html lang="en" class="govuk-template">
        <head><meta charset="utf-8"><title>{HtmlEncoder.Default.Encode(heading)} - Community Safety Partnership</title>
        <base href="{HtmlEncoder.Default.Encode(basePath)}"><link rel="stylesheet" href="assets/identity.css"></head>
        <body class="govuk-template__body"><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
        <h1 class="govuk-heading-l">{HtmlEncoder.Default.Encode(heading)}</h1></main></div></body></html>
        """;

    public const string Stylesheet = """
        body{margin:0;font-family:arial,sans-serif;color:#0b0c0c;background:#fff;font-size:19px;line-height:1.3}
        .govuk-skip-link{position:absolute;left:-9999px}.govuk-skip-link:focus{left:0;background:#fd0;padding:10px}
        .govuk-header{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8}
        .govuk-header__container{padding:10px 0}.govuk-header__service-name{font-weight:700;font-size:24px}
        .govuk-width-container{max-width:960px;margin:0 15px}@media(min-width:1020px){.govuk-width-container{margin:0 auto}}
        .govuk-main-wrapper{padding:40px 0}.govuk-heading-l{font-size:36px;margin:0 0 30px}
        .govuk-form-group{margin-bottom:30px}.govuk-form-group--error{border-left:5px solid #d4351c;padding-left:15px}
        .govuk-label{display:block;margin-bottom:5px}
        .govuk-input{box-sizing:border-box;width:100%;max-width:30em;height:40px;padding:5px;border:2px solid #0b0c0c;font-size:19px}
        .govuk-input:focus{outline:3px solid #fd0;box-shadow:inset 0 0 0 2px}
        .govuk-button{background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;padding:8px 10px 7px;font-size:19px;cursor:pointer;text-decoration:none;display:inline-block}
        .govuk-button--secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
        .govuk-button:focus{outline:3px solid #fd0}
        .govuk-error-summary{border:5px solid #d4351c;padding:20px;margin-bottom:30px}
        .govuk-error-summary__title{margin-top:0;font-size:24px}.govuk-error-summary__list{margin:0;padding:0;list-style:none}
        .govuk-error-summary__list a{color:#d4351c;font-weight:700}
        """;
}
