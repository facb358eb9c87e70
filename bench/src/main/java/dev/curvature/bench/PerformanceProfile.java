package dev.curvature.bench;

import java.util.Arrays;
import java.util.List;

/**
 * A Dolan–Moré performance profile: for solvers s on problems p with costs t_{p,s} (evaluations,
 * seconds, ...), the performance ratio
 * <pre>  r_{p,s} = t_{p,s} / min{ t_{p,σ} : σ a solver }</pre>
 * and, for each solver, the cumulative distribution of its ratios
 * <pre>  ρ_s(τ) = |{ p : r_{p,s} ≤ τ }| / n_p,</pre>
 * the fraction of problems that s solves within a factor τ of the best solver (E. D. Dolan and
 * J. J. Moré, "Benchmarking optimization software with performance profiles", Math. Program. 91
 * (2002) 201–213, eqs. (1)–(2)). ρ_s(1) is the fraction of problems on which s is (jointly) the
 * fastest; ρ_s(τ) for large τ is the fraction s solves at all.
 *
 * <p>Failures: a solver that did not solve a problem has cost {@code +∞} and ratio {@code +∞}, so it
 * never counts for any finite τ (Dolan and Moré set r_{p,s} = r_M ≥ every finite ratio, which gives
 * the same ρ_s(τ) for τ &lt; r_M). A problem that no solver solved has ratio {@code +∞} for every
 * solver but still counts in n_p, so no curve reaches 1 in that case. Ties give every tied solver
 * the ratio 1.
 *
 * <p>This class only computes; drawing is {@link Charts#performanceProfile}. Instances are
 * immutable.
 */
public final class PerformanceProfile {

    /** The vertices of a profile's step function, ready to be drawn as a polyline. */
    public record StepCurve(double[] tau, double[] rho) {
    }

    private final List<String> solvers;
    private final double[][] ratios;
    /** Per solver, its finite ratios in ascending order (with repetitions). */
    private final double[][] sortedFinite;
    private final double[] breakpoints;

    private PerformanceProfile(List<String> solvers, double[][] ratios, double[][] sortedFinite,
            double[] breakpoints) {
        this.solvers = solvers;
        this.ratios = ratios;
        this.sortedFinite = sortedFinite;
        this.breakpoints = breakpoints;
    }

    /**
     * Builds the profile of {@code costs[p][s]}, the cost of solver {@code s} on problem {@code p}.
     *
     * @param solvers the solvers' names, one per column
     * @param costs one row per problem, one column per solver; each entry positive and finite, or
     *     {@link Double#POSITIVE_INFINITY} for a failure
     * @throws IllegalArgumentException when there are no solvers or no problems, a row has the
     *     wrong length, or a cost is NaN, zero or negative
     */
    public static PerformanceProfile of(List<String> solvers, double[][] costs) {
        if (solvers == null || solvers.isEmpty()) {
            throw new IllegalArgumentException("solvers must not be empty");
        }
        if (costs == null || costs.length == 0) {
            throw new IllegalArgumentException("costs must have at least one problem");
        }
        int ns = solvers.size();
        int np = costs.length;
        double[][] ratios = new double[np][ns];
        for (int p = 0; p < np; p++) {
            if (costs[p] == null || costs[p].length != ns) {
                throw new IllegalArgumentException("costs[" + p + "] must have " + ns + " entries, one per solver");
            }
            double best = Double.POSITIVE_INFINITY;
            for (int s = 0; s < ns; s++) {
                double t = costs[p][s];
                if (!(t > 0)) {
                    throw new IllegalArgumentException("costs[" + p + "][" + s
                            + "] must be positive or +∞ for a failure, was " + t);
                }
                best = Math.min(best, t);
            }
            for (int s = 0; s < ns; s++) {
                double t = costs[p][s];
                ratios[p][s] = t == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : t / best;
            }
        }
        double[][] sortedFinite = new double[ns][];
        double[] all = new double[np * ns];
        int count = 0;
        for (int s = 0; s < ns; s++) {
            double[] finite = new double[np];
            int k = 0;
            for (int p = 0; p < np; p++) {
                if (ratios[p][s] < Double.POSITIVE_INFINITY) {
                    finite[k++] = ratios[p][s];
                    all[count++] = ratios[p][s];
                }
            }
            sortedFinite[s] = Arrays.copyOf(finite, k);
            Arrays.sort(sortedFinite[s]);
        }
        double[] breakpoints = Arrays.stream(all, 0, count).sorted().distinct().toArray();
        return new PerformanceProfile(List.copyOf(solvers), ratios, sortedFinite, breakpoints);
    }

    /** The solvers' names, in column order. */
    public List<String> solvers() {
        return solvers;
    }

    /** The number of problems n_p (the denominator of ρ). */
    public int problemCount() {
        return ratios.length;
    }

    /** r_{p,s}: at least 1, or {@code +∞} when s did not solve p. */
    public double ratio(int problem, int solver) {
        return ratios[problem][solver];
    }

    /**
     * ρ_s(τ): the fraction of problems whose ratio for {@code solver} is at most τ (0 for τ &lt; 1;
     * the fraction solved for τ = +∞).
     */
    public double rho(int solver, double tau) {
        if (Double.isNaN(tau)) {
            throw new IllegalArgumentException("tau must not be NaN");
        }
        return countAtMost(sortedFinite[solver], tau) / (double) ratios.length;
    }

    /** ρ_s evaluated on every τ of {@code taus} (in any order). */
    public double[] rho(int solver, double[] taus) {
        double[] out = new double[taus.length];
        for (int i = 0; i < taus.length; i++) {
            out[i] = rho(solver, taus[i]);
        }
        return out;
    }

    /** ρ_s(∞): the fraction of problems {@code solver} solved. */
    public double solvedFraction(int solver) {
        return sortedFinite[solver].length / (double) ratios.length;
    }

    /**
     * The τ at which some ρ_s jumps: the distinct finite ratios of all solvers, ascending (the
     * first is 1 whenever any problem was solved; empty when none was). Between two consecutive
     * breakpoints every ρ_s is constant, so evaluating on these is exact.
     */
    public double[] breakpoints() {
        return breakpoints.clone();
    }

    /** The largest finite ratio, beyond which every ρ_s is constant; 1 when nothing was solved. */
    public double maxRatio() {
        return breakpoints.length == 0 ? 1 : breakpoints[breakpoints.length - 1];
    }

    /**
     * The vertices of ρ_s on [1, tauEnd] as a polyline that draws the right-continuous step
     * function exactly: (1, ρ_s(1)), then at each jump b ∈ (1, tauEnd] the two points (b, ρ_s(b⁻))
     * and (b, ρ_s(b)), and finally (tauEnd, ρ_s(tauEnd)).
     *
     * @throws IllegalArgumentException when tauEnd is below 1 or not finite
     */
    public StepCurve curve(int solver, double tauEnd) {
        if (!(tauEnd >= 1) || Double.isInfinite(tauEnd)) {
            throw new IllegalArgumentException("tauEnd must be finite and at least 1, was " + tauEnd);
        }
        double[] sorted = sortedFinite[solver];
        double n = ratios.length;
        double[] tau = new double[2 * sorted.length + 2];
        double[] rho = new double[tau.length];
        int k = 0;
        int below = countAtMost(sorted, 1);
        tau[k] = 1;
        rho[k++] = below / n;
        int i = below;
        while (i < sorted.length && sorted[i] <= tauEnd) {
            double b = sorted[i];
            int atMost = countAtMost(sorted, b);
            tau[k] = b;
            rho[k++] = i / n;
            tau[k] = b;
            rho[k++] = atMost / n;
            i = atMost;
        }
        tau[k] = tauEnd;
        rho[k++] = i / n;
        return new StepCurve(Arrays.copyOf(tau, k), Arrays.copyOf(rho, k));
    }

    /** The number of entries of ascending {@code sorted} that are ≤ x. */
    private static int countAtMost(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
