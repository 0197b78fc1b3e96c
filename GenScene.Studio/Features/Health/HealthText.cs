namespace GenScene.Studio.Features.Health;

/// <summary>The Health feature's texts: HealthText.resx (English) and HealthText.es.resx (Spanish), read by pages through IStringLocalizer&lt;HealthText&gt; and by other code through Texts&lt;HealthText&gt; (ADR 0055).</summary>
public sealed class HealthText;
