namespace GenScene.Studio.Components;

/// <summary>The shell's texts (layout, navigation, home, shared components): ShellText.resx (English) and ShellText.es.resx (Spanish), read by pages through IStringLocalizer&lt;ShellText&gt; and by other code through Texts&lt;ShellText&gt; (ADR 0055).</summary>
public sealed class ShellText;
