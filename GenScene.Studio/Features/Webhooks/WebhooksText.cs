namespace GenScene.Studio.Features.Webhooks;

/// <summary>The Webhooks feature's texts (problem details a program's author reads): WebhooksText.resx (English) and WebhooksText.es.resx (Spanish), read through Texts&lt;WebhooksText&gt; (ADR 0055).</summary>
public sealed class WebhooksText;
