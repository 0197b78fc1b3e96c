namespace GenScene.Studio.Features.Jobs;

/// <summary>The Jobs feature's texts: JobsText.resx (English) and JobsText.es.resx (Spanish), read by pages through IStringLocalizer&lt;JobsText&gt; and by other code through Texts&lt;JobsText&gt; (ADR 0055).</summary>
public sealed class JobsText;
