package dev.curvature.linesearch;

import dev.curvature.api.spi.LineFunction;
import dev.curvature.api.spi.LineSearchStatus;

/**
 * The strong-Wolfe line search of Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed.,
 * Algorithm 3.5 (bracketing) and Algorithm 3.6 ({@code zoom}), finding α with
 * <pre>
 *   φ(α) ≤ φ(0) + c₁·α·φ'(0)      and      |φ'(α)| ≤ c₂·|φ'(0)|.
 * </pre>
 *
 * <p><b>Bracketing</b> (Algorithm 3.5): trial steps α₁ &lt; α₂ &lt; … increase until one of them
 * violates sufficient decrease or is not lower than its predecessor (then a strong-Wolfe point lies
 * between the previous trial and it), has φ' ≥ 0 (it lies between this trial and the previous), or
 * satisfies both conditions (accepted; here, and in {@code zoom}, a trial satisfying both
 * conditions is accepted before the interval tests, so that rounding in a comparison of two nearly
 * equal values of φ cannot reject an acceptable step). The next trial is the minimizer of the cubic through the
 * last two trials' values and slopes (N&amp;W eq. (3.59)), kept in
 * [α_i + 1.1(α_i − α_{i−1}), α_i + 4(α_i − α_{i−1})] (the extrapolation range of Moré &amp; Thuente's
 * MINPACK-2 code), or the upper end of that range when the cubic has no minimizer there.
 *
 * <p><b>Zoom</b> (Algorithm 3.6): keeps α_lo (lowest φ among trials with sufficient decrease) and
 * α_hi (φ'(α_lo)(α_hi − α_lo) &lt; 0); each trial is the minimizer of the cubic matching φ and φ' at
 * both ends (N&amp;W §3.5 "Interpolation": the cubic is the right choice when derivatives are
 * available), safeguarded to lie in the middle 80% of the interval (so the interval shrinks by at
 * least 10% per trial); bisection replaces the cubic when it has no minimizer or the interval has
 * not halved over the last two trials. The search fails with
 * {@link LineSearchStatus#INTERVAL_TOO_SMALL} when |α_hi − α_lo| ≤ xtol·max(α_lo, α_hi).
 *
 * <p>Every trial is evaluated with its slope ({@link LineFunction#valueAndSlope}), so the accepted
 * α is always the last point evaluated and the driver reuses its gradient; N&amp;W's variant that
 * first evaluates φ alone needs a slope-only call the SPI does not have.
 *
 * <p>Non-finite values: during bracketing, a trial with non-finite φ or φ' is retried closer to
 * the previous trial (half the distance, shrinking faster while failures continue: see
 * {@code StepBack}), and all later trials stay below it; inside {@code zoom} such a trial
 * becomes α_hi (it cannot be α_lo), which moves the search back towards α_lo.
 *
 * <p>Defaults: c₁ = 10⁻⁴ and c₂ = 0.9 (N&amp;W pp. 33–34, for Newton and quasi-Newton
 * directions), xtol = 10⁻¹⁰ (as {@link MoreThuente}), α_max = 10²⁰ (N&amp;W leave α_max to the
 * user), at most 20 evaluations per search. Requires 0 &lt; c₁ ≤ c₂ &lt; 1.
 *
 * <p>Immutable and thread-safe; each {@link #start()} creates a session holding all work
 * variables, and {@code search} allocates nothing.
 */
public final class StrongWolfe extends ConfiguredLineSearch<StrongWolfe> {
    private static final double EXTRAPOLATE_LOWER = 1.1;
    private static final double EXTRAPOLATE_UPPER = 4.0;
    /** Fraction of the interval at each end where a zoom trial may not fall. */
    private static final double ZOOM_MARGIN = 0.1;

    private static final StrongWolfe DEFAULT =
            new StrongWolfe(new LineSearchSettings(1e-4, 0.9, 1e-10, 0, 1e20, 20));


    private StrongWolfe(LineSearchSettings settings) {
        super(settings);
    }

    /** The documented defaults: c₁ = 10⁻⁴, c₂ = 0.9, xtol = 10⁻¹⁰, α_max = 10²⁰, 20 evaluations. */
    public static StrongWolfe defaults() {
        return DEFAULT;
    }

    @Override
    StrongWolfe with(LineSearchSettings settings) {
        return new StrongWolfe(settings);
    }

    @Override
    void check(LineSearchSettings s) {
        if (s.minStep() != 0) {
            throw new IllegalArgumentException("minStep: StrongWolfe has no lower step bound,"
                    + " was " + s.minStep());
        }
        if (Double.isInfinite(s.maxStep())) {
            throw new IllegalArgumentException("maxStep must be finite (N&W Algorithm 3.5"
                    + " extrapolates towards it), was " + s.maxStep());
        }
    }

    @Override
    public State start() {
        return new StrongWolfeSearch();
    }

    @Override
    public String toString() {
        return "StrongWolfe[" + describeSettings() + "]";
    }

    private final class StrongWolfeSearch extends SearchState {
        private LineFunction phi;
        private double phi0;
        private double slope0;
        private int evaluations;
        // zoom interval: α_lo and α_hi with their values and slopes (slope NaN if unknown)
        private double lo;
        private double fLo;
        private double gLo;
        private double hi;
        private double fHi;
        private double gHi;

        @Override
        public LineSearchStatus search(LineFunction phi, double phi0, double slope0,
                double initialStep) {
            if (!descending(phi, phi0, slope0, initialStep)) {
                return LineSearchStatus.NOT_DESCENT;
            }
            this.phi = phi;
            this.phi0 = phi0;
            this.slope0 = slope0;
            this.evaluations = 0;
            try {
                return bracket(Math.min(initialStep, maxStep));
            } finally {
                this.phi = null;
            }
        }

        /** Algorithm 3.5: increase α until an interval containing acceptable steps is known. */
        private LineSearchStatus bracket(double alpha) {
            double previous = 0;
            double fPrevious = phi0;
            double gPrevious = slope0;
            double nonFiniteAt = Double.POSITIVE_INFINITY;
            boolean anyFinite = false;
            int failures = 0; // consecutive non-finite trials
            while (evaluations < maxEvaluations) {
                double f = phi.valueAndSlope(alpha);
                double g = phi.slope();
                evaluations++;
                if (!Double.isFinite(f) || !Double.isFinite(g)) {
                    nonFiniteAt = alpha;
                    double retry = StepBack.towards(previous, alpha, ++failures);
                    if (retry == previous || retry == alpha) {
                        return anyFinite ? LineSearchStatus.INTERVAL_TOO_SMALL
                                : LineSearchStatus.NON_FINITE;
                    }
                    alpha = retry;
                    continue;
                }
                anyFinite = true;
                failures = 0;
                boolean decrease = f <= phi0 + c1 * alpha * slope0;
                if (decrease && Math.abs(g) <= -c2 * slope0) {
                    return accept(alpha, f);
                }
                if (!decrease || (previous > 0 && f >= fPrevious)) {
                    setInterval(previous, fPrevious, gPrevious, alpha, f, g);
                    return zoom();
                }
                if (g >= 0) {
                    setInterval(alpha, f, g, previous, fPrevious, gPrevious);
                    return zoom();
                }
                if (alpha >= maxStep) {
                    return accept(alpha, f); // sufficient decrease at α_max, φ still decreasing
                }
                double next = extrapolate(previous, fPrevious, gPrevious, alpha, f, g);
                if (next >= nonFiniteAt) {
                    next = alpha + 0.5 * (nonFiniteAt - alpha);
                    if (next == alpha) {
                        return LineSearchStatus.INTERVAL_TOO_SMALL;
                    }
                }
                previous = alpha;
                fPrevious = f;
                gPrevious = g;
                alpha = next;
            }
            return anyFinite ? LineSearchStatus.MAX_EVALUATIONS : LineSearchStatus.NON_FINITE;
        }

        /** The next bracketing trial beyond α_i: safeguarded cubic extrapolation. */
        private double extrapolate(double previous, double fPrevious, double gPrevious,
                double alpha, double f, double g) {
            double distance = alpha - previous;
            double lower = alpha + EXTRAPOLATE_LOWER * distance;
            double upper = alpha + EXTRAPOLATE_UPPER * distance;
            double cubic = Interpolants.cubicMinimizer(previous, fPrevious, gPrevious, alpha, f, g);
            double next = Double.isNaN(cubic) || cubic <= alpha ? upper
                    : Math.min(upper, Math.max(lower, cubic));
            return Math.min(next, maxStep);
        }

        private void setInterval(double lo, double fLo, double gLo, double hi, double fHi,
                double gHi) {
            this.lo = lo;
            this.fLo = fLo;
            this.gLo = gLo;
            this.hi = hi;
            this.fHi = fHi;
            this.gHi = gHi;
        }

        /** Algorithm 3.6 with safeguarded cubic interpolation. */
        private LineSearchStatus zoom() {
            double lastWidth = Double.POSITIVE_INFINITY; // |α_hi − α_lo| one trial ago
            double widthBefore = Double.POSITIVE_INFINITY; // two trials ago
            while (evaluations < maxEvaluations) {
                double span = Math.abs(hi - lo);
                if (span <= xtol * Math.max(lo, hi)) {
                    return LineSearchStatus.INTERVAL_TOO_SMALL;
                }
                double trial;
                double left = Math.min(lo, hi);
                double cubic = Interpolants.cubicMinimizer(lo, fLo, gLo, hi, fHi, gHi);
                if (Double.isNaN(cubic) || span > 0.5 * widthBefore) {
                    trial = left + 0.5 * span;
                } else {
                    trial = Math.min(left + (1 - ZOOM_MARGIN) * span,
                            Math.max(left + ZOOM_MARGIN * span, cubic));
                }
                widthBefore = lastWidth;
                lastWidth = span;
                if (trial <= left || trial >= left + span) {
                    return LineSearchStatus.INTERVAL_TOO_SMALL; // rounding: no interior point
                }
                double f = phi.valueAndSlope(trial);
                double g = phi.slope();
                evaluations++;
                if (!Double.isFinite(f) || !Double.isFinite(g)) {
                    hi = trial;
                    fHi = Double.POSITIVE_INFINITY;
                    gHi = Double.NaN;
                    continue;
                }
                boolean decrease = f <= phi0 + c1 * trial * slope0;
                if (decrease && Math.abs(g) <= -c2 * slope0) {
                    return accept(trial, f);
                }
                if (!decrease || f >= fLo) {
                    hi = trial;
                    fHi = f;
                    gHi = g;
                } else {
                    if (g * (hi - lo) >= 0) {
                        hi = lo;
                        fHi = fLo;
                        gHi = gLo;
                    }
                    lo = trial;
                    fLo = f;
                    gLo = g;
                }
            }
            return LineSearchStatus.MAX_EVALUATIONS;
        }

        private LineSearchStatus accept(double alpha, double f) {
            step = alpha;
            value = f;
            return LineSearchStatus.SUCCESS;
        }

    }
}
