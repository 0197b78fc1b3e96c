namespace GenScene.Studio.Features.Episodes;

/// <summary>The Episodes feature's texts: EpisodesText.resx (English) and EpisodesText.es.resx (Spanish), read by pages through IStringLocalizer&lt;EpisodesText&gt; and by other code through Texts&lt;EpisodesText&gt; (ADR 0055).</summary>
public sealed class EpisodesText;
