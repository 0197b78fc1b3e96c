namespace GenScene.Studio.Infrastructure.Startup;

/// <summary>A condition that must stop the studio at start, with one line that says what and why.</summary>
public sealed class StudioStartupException(string message, Exception? inner = null) : Exception(message, inner);
