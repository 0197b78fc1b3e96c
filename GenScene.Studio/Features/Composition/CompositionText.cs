namespace GenScene.Studio.Features.Composition;

/// <summary>The Composition feature's texts a person reads (why a render was refused or failed, the compose job's name): CompositionText.resx (English) and CompositionText.es.resx (Spanish), read through Texts&lt;CompositionText&gt; (ADR 0055).</summary>
public sealed class CompositionText;
