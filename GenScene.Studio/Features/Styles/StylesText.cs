namespace GenScene.Studio.Features.Styles;

/// <summary>The Styles feature's texts: StylesText.resx (English) and StylesText.es.resx (Spanish), read by pages through IStringLocalizer&lt;StylesText&gt; and by other code through Texts&lt;StylesText&gt; (ADR 0055).</summary>
public sealed class StylesText;
