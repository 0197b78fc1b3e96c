namespace GenScene.Bench;

internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> samples, double percentile)
    {
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public static string Summary(IReadOnlyList<double> samples, string unit) =>
        $"p50 {Of(samples, 50):0.0} {unit}, p95 {Of(samples, 95):0.0} {unit}, n={samples.Count}";
}
