namespace GenScene.Studio.Features.Composition.Video;

/// <summary>The picture every segment is rendered at.</summary>
public readonly record struct FrameFormat(int Width, int Height, int Fps);
