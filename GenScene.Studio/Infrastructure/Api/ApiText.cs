namespace GenScene.Studio.Infrastructure.Api;

/// <summary>Texts of the API's shared answers (binding problems, versions, user text limits): ApiText.resx (English) and ApiText.es.resx (Spanish), read by pages through IStringLocalizer&lt;ApiText&gt; and by other code through Texts&lt;ApiText&gt; (ADR 0055).</summary>
public sealed class ApiText;
