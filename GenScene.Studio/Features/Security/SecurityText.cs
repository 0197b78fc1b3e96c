namespace GenScene.Studio.Features.Security;

/// <summary>The Security feature's texts (sign-in, users, API keys): SecurityText.resx (English) and SecurityText.es.resx (Spanish), read by pages through IStringLocalizer&lt;SecurityText&gt; and by other code through Texts&lt;SecurityText&gt; (ADR 0055).</summary>
public sealed class SecurityText;
