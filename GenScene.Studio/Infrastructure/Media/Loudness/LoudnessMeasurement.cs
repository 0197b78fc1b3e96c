namespace GenScene.Studio.Infrastructure.Media.Loudness;

/// <summary>
/// EBU R128 figures of a file, ready to store and show: integrated loudness (LUFS), loudness
/// range (LU) and true peak (dBTP). Digital silence reads as <see cref="SilenceFloor"/>, not
/// minus infinity, so the figures survive JSON and database columns.
/// </summary>
public sealed record LoudnessMeasurement(double IntegratedLufs, double LoudnessRangeLu, double TruePeakDbtp)
{
    /// <summary>The floor loudnorm itself accepts for measured values.</summary>
    public const double SilenceFloor = -99;

    public override string ToString() =>
        FormattableString.Invariant($"{IntegratedLufs:0.0} LUFS, LRA {LoudnessRangeLu:0.0} LU, true peak {TruePeakDbtp:0.0} dBTP");
}
