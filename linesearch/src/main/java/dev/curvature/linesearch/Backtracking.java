package dev.curvature.linesearch;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.LineFunction;
import dev.curvature.api.spi.LineSearchStatus;

/**
 * Backtracking to the Armijo (sufficient-decrease) condition φ(α) ≤ φ(0) + c₁αφ'(0), each new
 * trial chosen by safeguarded interpolation (Nocedal &amp; Wright, 2nd ed., Algorithm 3.1 and §3.5
 * "Interpolation", eqs. (3.57)–(3.58)): the first backtrack minimizes the quadratic through φ(0),
 * φ'(0) and φ(α₀); later ones the cubic through φ(0), φ'(0) and the last two trials. The new trial
 * is kept in [ρ_lo·α, ρ_hi·α] so the search neither stalls nor collapses. A non-finite φ(α)
 * halves the step.
 *
 * <p>Only values are evaluated (no gradients), so each rejected trial costs one f evaluation.
 * Defaults: c₁ = 10⁻⁴ (N&amp;W p. 33), [ρ_lo, ρ_hi] = [0.1, 0.5] (Dennis &amp; Schnabel 1983, §6.3.2),
 * at most 50 evaluations per search, and a minimum step of 10⁻²⁰ (LBFGSpp's {@code min_step}).
 * Immutable and thread-safe.
 */
public final class Backtracking extends ConfiguredLineSearch<Backtracking> {

    /** How the next trial step is chosen after a rejected one. */
    public enum Interpolation {
        /** α ← ρ_hi·α (plain backtracking). */
        NONE,
        /** Minimizer of the quadratic through φ(0), φ'(0), φ(α) (N&amp;W (3.57)). */
        QUADRATIC,
        /** Quadratic first, then the cubic through φ(0), φ'(0) and the last two trials (N&amp;W (3.58)). */
        CUBIC
    }

    private static final Backtracking DEFAULT = new Backtracking(
            new LineSearchSettings(1e-4, Double.NaN, Double.NaN, 1e-20, Double.POSITIVE_INFINITY,
                    50), Interpolation.CUBIC, 0.1, 0.5);

    private final Interpolation interpolation;
    private final double rhoLo;
    private final double rhoHi;

    private Backtracking(LineSearchSettings settings, Interpolation interpolation, double rhoLo,
            double rhoHi) {
        super(settings);
        this.interpolation = interpolation;
        this.rhoLo = rhoLo;
        this.rhoHi = rhoHi;
    }

    /** The documented defaults (cubic interpolation). */
    public static Backtracking defaults() {
        return DEFAULT;
    }

    @Override
    Backtracking with(LineSearchSettings settings) {
        return new Backtracking(settings, interpolation, rhoLo, rhoHi);
    }

    @Override
    void check(LineSearchSettings s) {
        if (!(s.minStep() > 0)) {
            throw new IllegalArgumentException("minStep must be positive (the search gives up"
                    + " below it), was " + s.minStep());
        }
    }

    /** The interpolation used to choose the next trial. */
    public Backtracking withInterpolation(Interpolation interpolation) {
        return new Backtracking(settings(), Checks.notNull(interpolation, "interpolation"), rhoLo,
                rhoHi);
    }

    /** The safeguard [ρ_lo, ρ_hi] on the contraction factor, 0 &lt; ρ_lo ≤ ρ_hi &lt; 1. */
    public Backtracking withContraction(double rhoLo, double rhoHi) {
        Checks.openInterval(rhoLo, 0, 1, "rhoLo");
        Checks.openInterval(rhoHi, 0, 1, "rhoHi");
        if (rhoLo > rhoHi) {
            throw new IllegalArgumentException("rhoLo must not exceed rhoHi: " + rhoLo + " > " + rhoHi);
        }
        return new Backtracking(settings(), interpolation, rhoLo, rhoHi);
    }

    /** The interpolation used to choose the next trial. */
    public Interpolation interpolation() {
        return interpolation;
    }

    @Override
    public State start() {
        return new BacktrackingSearch();
    }

    @Override
    public String toString() {
        return "Backtracking[" + describeSettings() + ", " + interpolation + ", rho=[" + rhoLo
                + ", " + rhoHi + "]]";
    }

    private final class BacktrackingSearch extends SearchState {

        @Override
        public LineSearchStatus search(LineFunction phi, double phi0, double slope0,
                double initialStep) {
            if (!(slope0 < 0)) {
                return LineSearchStatus.NOT_DESCENT;
            }
            double alpha = initialStep;
            double previousAlpha = Double.NaN; // last finite trial, for the cubic
            double previousPhi = Double.NaN;
            boolean anyFinite = false;
            for (int evaluation = 0; evaluation < maxEvaluations; evaluation++) {
                if (!(alpha >= minStep)) {
                    return LineSearchStatus.INTERVAL_TOO_SMALL;
                }
                double phiA = phi.value(alpha);
                if (Double.isFinite(phiA)) {
                    anyFinite = true;
                    if (phiA <= phi0 + c1 * alpha * slope0) {
                        step = alpha;
                        value = phiA;
                        return LineSearchStatus.SUCCESS;
                    }
                    double next = nextTrial(phi0, slope0, alpha, phiA, previousAlpha, previousPhi);
                    previousAlpha = alpha;
                    previousPhi = phiA;
                    alpha = next;
                } else {
                    alpha *= 0.5;
                }
            }
            return anyFinite ? LineSearchStatus.MAX_EVALUATIONS : LineSearchStatus.NON_FINITE;
        }

        /** The safeguarded interpolated trial after α was rejected with value φ(α). */
        private double nextTrial(double phi0, double slope0, double alpha, double phiA,
                double alphaPrev, double phiPrev) {
            double candidate;
            if (interpolation == Interpolation.NONE) {
                candidate = rhoHi * alpha;
            } else if (interpolation == Interpolation.QUADRATIC || Double.isNaN(alphaPrev)) {
                candidate = -slope0 * alpha * alpha / (2 * (phiA - phi0 - slope0 * alpha));
            } else {
                candidate = cubicMinimizer(phi0, slope0, alpha, phiA, alphaPrev, phiPrev);
            }
            if (!Double.isFinite(candidate)) {
                candidate = rhoHi * alpha;
            }
            return Math.min(rhoHi * alpha, Math.max(rhoLo * alpha, candidate));
        }

    }

    /**
     * Minimizer of the cubic interpolating φ(0), φ'(0), φ(a) and φ(b) (N&amp;W (3.58)); NaN when
     * the cubic has no minimizer.
     */
    static double cubicMinimizer(double phi0, double slope0, double a, double phiA, double b,
            double phiB) {
        double da = phiA - phi0 - slope0 * a;
        double db = phiB - phi0 - slope0 * b;
        double denominator = a * a * b * b * (a - b);
        double c3 = (b * b * da - a * a * db) / denominator;
        double c2 = (-b * b * b * da + a * a * a * db) / denominator;
        if (c3 == 0) {
            return -slope0 / (2 * c2);
        }
        double discriminant = c2 * c2 - 3 * c3 * slope0;
        if (discriminant < 0) {
            return Double.NaN;
        }
        return (-c2 + Math.sqrt(discriminant)) / (3 * c3);
    }
}
