namespace GenScene.Studio.Infrastructure.Media.Loudness;

/// <summary>
/// EBU R128 loudness of samples already in memory (ITU-R BS.1770-4, EBU Tech 3342), measured the way ffmpeg's
/// ebur128 filter measures a file: K-weighting, 400 ms blocks every 100 ms gated at -70 LUFS and 10 LU under
/// their mean (integrated), 3 s blocks gated at 20 LU under theirs, 10th to 95th percentile (range), and the
/// peak of the signal oversampled four times (true peak). It lets the composition measure a soundtrack it mixed
/// itself without handing it to an ffmpeg process (docs/adr/0030-soundtrack-mixed-in-process.md).
/// </summary>
public static class Bs1770Meter
{
    private const double AbsoluteGateLufs = -70;

    /// <param name="channels">Each channel's samples (all of one length); weighted 1.0 each, as for left and right.</param>
    public static LoudnessMeasurement Measure(IReadOnlyList<float[]> channels, int sampleRate)
    {
        var length = channels.Count == 0 ? 0 : channels[0].Length;
        var step = sampleRate / 10; // 100 ms
        var steps = length / step;
        // The K-weighted energy of each 100 ms step, summed over the channels; blocks are sums of 4 (400 ms) and 30 (3 s) of them.
        // Channels are measured side by side (one filter state and one peak each); a channel passed twice (mono
        // placed on both sides) is measured once and counted twice.
        var distinct = channels.Distinct(ReferenceEqualityComparer.Instance).Cast<float[]>().ToArray();
        var energies = new double[distinct.Length][];
        var peaks = new double[distinct.Length];
        Parallel.For(0, distinct.Length, c =>
        {
            energies[c] = new double[steps];
            KWeightedEnergy(distinct[c], sampleRate, step, energies[c]);
            peaks[c] = TruePeak(distinct[c]);
        });
        var energy = new double[steps];
        foreach (var samples in channels)
        {
            var own = energies[Array.IndexOf(distinct, samples)];
            for (var i = 0; i < steps; i++)
            {
                energy[i] += own[i];
            }
        }
        var truePeak = peaks.Length == 0 ? 0 : peaks.Max();
        var momentary = Blocks(energy, 4, step);
        var integrated = Gated(momentary, relativeGateLu: -10) is { Count: > 0 } kept ? Lufs(kept.Average()) : LoudnessMeasurement.SilenceFloor;
        var range = LoudnessRange(Blocks(energy, 30, step));
        var peakDb = truePeak > 0 ? Math.Max(LoudnessMeasurement.SilenceFloor, 20 * Math.Log10(truePeak)) : LoudnessMeasurement.SilenceFloor;
        return new LoudnessMeasurement(Math.Max(LoudnessMeasurement.SilenceFloor, integrated), range, peakDb);
    }

    private static double Lufs(double meanSquare) => meanSquare > 0 ? -0.691 + 10 * Math.Log10(meanSquare) : double.NegativeInfinity;

    /// <summary>Mean-square energy of every block of <paramref name="width"/> steps, one block per step (blocks overlap).</summary>
    private static double[] Blocks(double[] energy, int width, int step)
    {
        if (energy.Length < width)
        {
            return [];
        }
        var blocks = new double[energy.Length - width + 1];
        var sum = 0.0;
        for (var i = 0; i < energy.Length; i++)
        {
            sum += energy[i];
            if (i >= width)
            {
                sum -= energy[i - width];
            }
            if (i >= width - 1)
            {
                blocks[i - width + 1] = Math.Max(0, sum) / ((double)width * step);
            }
        }
        return blocks;
    }

    private static List<double> Gated(double[] blocks, double relativeGateLu)
    {
        var aboveAbsolute = blocks.Where(b => Lufs(b) > AbsoluteGateLufs).ToList();
        if (aboveAbsolute.Count == 0)
        {
            return aboveAbsolute;
        }
        var relative = Lufs(aboveAbsolute.Average()) + relativeGateLu;
        return [.. aboveAbsolute.Where(b => Lufs(b) > relative)];
    }

    private static double LoudnessRange(double[] shortTerm)
    {
        var kept = Gated(shortTerm, relativeGateLu: -20).Select(Lufs).Order().ToArray();
        if (kept.Length == 0)
        {
            return 0;
        }
        double Percentile(double p) => kept[Math.Clamp((int)Math.Round(p * (kept.Length - 1)), 0, kept.Length - 1)];
        return Math.Max(0, Percentile(0.95) - Percentile(0.10));
    }

    /// <summary>The K-weighting (a high shelf, then a high pass; coefficients for any rate, as libebur128 derives them) and each step's sum of squares.</summary>
    private static void KWeightedEnergy(float[] samples, int sampleRate, int step, double[] energy)
    {
        var k = Math.Tan(Math.PI * 1681.974450955533 / sampleRate);
        var vh = Math.Pow(10, 3.999843853973347 / 20);
        var vb = Math.Pow(vh, 0.4996667741545416);
        var q = 0.7071752369554196;
        var a0 = 1 + k / q + k * k;
        double pb0 = (vh + vb * k / q + k * k) / a0, pb1 = 2 * (k * k - vh) / a0, pb2 = (vh - vb * k / q + k * k) / a0;
        double pa1 = 2 * (k * k - 1) / a0, pa2 = (1 - k / q + k * k) / a0;
        k = Math.Tan(Math.PI * 38.13547087602444 / sampleRate);
        q = 0.5003270373238773;
        double ra1 = 2 * (k * k - 1) / (1 + k / q + k * k), ra2 = (1 - k / q + k * k) / (1 + k / q + k * k);
        // Transposed direct form II for both stages: the shelf's output feeds the high pass (1, -2, 1).
        double s1 = 0, s2 = 0, h1 = 0, h2 = 0;
        var limit = energy.Length * step;
        for (var i = 0; i < limit; i++)
        {
            double x = samples[i];
            var y = pb0 * x + s1;
            s1 = pb1 * x - pa1 * y + s2;
            s2 = pb2 * x - pa2 * y;
            var z = y + h1;
            h1 = -2 * y - ra1 * z + h2;
            h2 = y - ra2 * z;
            energy[i / step] += z * z;
        }
    }

    private const int Oversampling = 4;
    private const int TapsPerPhase = 12;
    private static readonly double[][] Phases = DesignPhases();

    /// <summary>A windowed-sinc low pass at the original Nyquist, split into the four phases of a 4x interpolator.</summary>
    private static double[][] DesignPhases()
    {
        var taps = Oversampling * TapsPerPhase;
        var phases = new double[Oversampling][];
        for (var p = 0; p < Oversampling; p++)
        {
            phases[p] = new double[TapsPerPhase];
            for (var t = 0; t < TapsPerPhase; t++)
            {
                // Tap n of the long filter sits at (n - centre) / 4 input samples; phase p takes n = t * 4 + p.
                var n = t * Oversampling + p;
                var x = (n - (taps - 1) / 2.0) / Oversampling;
                var sinc = Math.Abs(x) < 1e-12 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);
                var window = 0.5 - 0.5 * Math.Cos(2 * Math.PI * (n + 0.5) / taps);
                phases[p][t] = sinc * window;
            }
            // Each phase passes DC at unity, so a steady level reads as itself.
            var sum = phases[p].Sum();
            for (var t = 0; t < TapsPerPhase; t++)
            {
                phases[p][t] /= sum;
            }
        }
        return phases;
    }

    /// <summary>
    /// The largest magnitude of the signal between and at its samples (4x oversampled). Only the neighbourhood of samples
    /// within 12 dB of the sample peak is interpolated: an inter-sample peak rises a few dB over the samples around it at
    /// most for band-limited sound like speech and music, so a peak cannot hide where every sample is a quarter of the highest.
    /// </summary>
    private static double TruePeak(float[] samples)
    {
        var samplePeak = 0.0;
        foreach (var s in samples)
        {
            samplePeak = Math.Max(samplePeak, Math.Abs(s));
        }
        var threshold = samplePeak / 4;
        var peak = samplePeak;
        var half = TapsPerPhase / 2;
        for (var i = 0; i < samples.Length; i++)
        {
            if (Math.Abs(samples[i]) < threshold)
            {
                continue;
            }
            // The interpolated points around sample i: between i - 1 and i + 1.
            for (var centre = i - 1; centre <= i; centre++)
            {
                foreach (var phase in Phases)
                {
                    var value = 0.0;
                    for (var t = 0; t < TapsPerPhase; t++)
                    {
                        var index = centre - half + 1 + t;
                        if ((uint)index < (uint)samples.Length)
                        {
                            value += phase[TapsPerPhase - 1 - t] * samples[index];
                        }
                    }
                    peak = Math.Max(peak, Math.Abs(value));
                }
            }
        }
        return peak;
    }
}
