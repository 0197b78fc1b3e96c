using GenScene.Studio.Infrastructure.Media.Loudness;

namespace GenScene.Studio.Features.Audio.Loudness;

/// <summary>
/// A normalised file and its figures: <see cref="Result"/> is measured on the written output (what
/// listeners hear, after resampling and encoding), <see cref="Input"/> is loudnorm's first pass.
/// </summary>
public sealed record NormalizedAudio(
    string OutputPath,
    AudioOutputFormat Format,
    double DurationSeconds,
    LoudnessMeasurement Result,
    LoudnormMeasurement Input,
    string NormalizationType);
