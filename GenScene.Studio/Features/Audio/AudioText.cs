namespace GenScene.Studio.Features.Audio;

/// <summary>The Audio feature's texts (jingles, music): AudioText.resx (English) and AudioText.es.resx (Spanish), read by pages through IStringLocalizer&lt;AudioText&gt; and by other code through Texts&lt;AudioText&gt; (ADR 0055).</summary>
public sealed class AudioText;
