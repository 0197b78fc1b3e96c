namespace GenScene.Studio.Features.Episodes.Pages;

/// <summary>The three ways an episode can carry captions, as the settings page offers them.</summary>
public static class CaptionModes
{
    public const string Soft = "soft";
    public const string Burned = "burned";
    public const string Off = "off";
}
