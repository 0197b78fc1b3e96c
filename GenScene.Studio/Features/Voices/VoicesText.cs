namespace GenScene.Studio.Features.Voices;

/// <summary>The Voices feature's texts: VoicesText.resx (English) and VoicesText.es.resx (Spanish), read by pages through IStringLocalizer&lt;VoicesText&gt; and by other code through Texts&lt;VoicesText&gt; (ADR 0055).</summary>
public sealed class VoicesText;
