namespace GenScene.Studio.Features.Assets;

/// <summary>The Assets feature's texts: AssetsText.resx (English) and AssetsText.es.resx (Spanish), read by pages through IStringLocalizer&lt;AssetsText&gt; and by other code through Texts&lt;AssetsText&gt; (ADR 0055).</summary>
public sealed class AssetsText;
