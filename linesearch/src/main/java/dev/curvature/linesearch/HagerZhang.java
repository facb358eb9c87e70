package dev.curvature.linesearch;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.LineFunction;
import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.LineSearchStatus;

/**
 * The approximate-Wolfe line search of Hager &amp; Zhang: "A new conjugate gradient method with
 * guaranteed descent and an efficient line search", SIAM J. Optim. 16 (2005) 170–192, §4, and
 * "Algorithm 851: CG_DESCENT", ACM TOMS 32 (2006) 113–137, §§3–4 (the line search L0–L3 with the
 * procedures {@code update} U0–U3, {@code secant²} S1–S4 and {@code bracket} B0–B3).
 *
 * <p>Acceptance (HZ 2006 §3): a trial α terminates the search when it satisfies either
 * <ul>
 *   <li>(T1) the Wolfe conditions φ(α) − φ(0) ≤ δαφ'(0) and φ'(α) ≥ σφ'(0); or
 *   <li>(T2) the approximate Wolfe conditions (2δ − 1)φ'(0) ≥ φ'(α) ≥ σφ'(0) together with
 *       φ(α) ≤ φ(0) + ε_k, where ε_k = ε·C_k and C_k is the weighted average of |f(x_j)| over the
 *       run's iterates (Q_{k+1} = 1 + ΔQ_k, C_{k+1} = C_k + (|f(x_{k+1})| − C_k)/Q_{k+1}).
 * </ul>
 * (T2) is used only after the switch of HZ 2006 §4: once an accepted step changed f by at most
 * ω·C_k, the run uses the approximate conditions from then on (the mode
 * {@link ApproximateWolfe#SWITCH}, the default; {@link ApproximateWolfe#NEVER} and
 * {@link ApproximateWolfe#ALWAYS} fix the choice). The approximate conditions replace the
 * sufficient-decrease test, which rounding makes meaningless near a minimizer (φ(α) − φ(0) is then
 * of the order of the error in f); an accepted α may therefore raise f by up to ε_k. This is the
 * one documented exception to the {@link LineSearch} contract's sufficient-decrease clause; the
 * driver keeps the best point seen, so the result never gets worse than x₀.
 *
 * <p>The search (HZ 2006 §3): evaluate φ at the initial trial c (L0); {@code bracket} expands c by
 * the factor ρ until φ'(c) ≥ 0 (then [a, b] = [last c with φ ≤ φ(0) + ε_k, c]) or φ(c) exceeds
 * φ(0) + ε_k (then U3's bisection on [a, c] finds the bracket) (B0–B3); then repeatedly
 * {@code secant²} — a secant step on φ' from both ends, followed by a second secant step from the
 * end it replaced (S1–S4) — and, when that has not shrunk [a, b] by the factor γ, a bisection
 * {@code update} at the midpoint (L1–L3). The interval keeps φ'(a) &lt; 0, φ(a) ≤ φ(0) + ε_k and
 * φ'(b) ≥ 0. Termination is tested at every evaluated point, so the accepted α is always the last
 * one evaluated (the driver reuses its gradient). In B2 this implementation starts U3 from the last
 * expansion point (which satisfies U3's invariants) rather than from 0.
 *
 * <p>At the step bound: when expansion reaches {@code maxStep} with sufficient decrease and φ
 * still decreasing, that α is accepted (as {@link MoreThuente} does). Failures:
 * {@link LineSearchStatus#MAX_EVALUATIONS} after {@code maxEvaluations} evaluations;
 * {@link LineSearchStatus#INTERVAL_TOO_SMALL} when rounding leaves no point strictly inside the
 * interval. Non-finite φ or φ' at a trial: during bracketing, the trial is retried closer to the
 * last expansion point (half the distance, shrinking faster while failures continue: see
 * {@code StepBack}) and later expansions stay below it; inside the interval, the point is
 * treated like one with φ above φ(0) + ε_k, so U3 bisects back towards a.
 *
 * <p>Defaults (HZ 2006 §4, Table of parameters): δ = 0.1, σ = 0.9, ε = 10⁻⁶, θ = 0.5, γ = 0.66,
 * ρ = 5, Δ = 0.7, ω = 10⁻³; at most 50 evaluations per search (CG_DESCENT's limits on secant and
 * expansion steps are 50 each); α ≤ 10²⁰. Requires 0 &lt; δ &lt; 0.5 and δ ≤ σ &lt; 1 (HZ 2005 §4).
 *
 * <p>Immutable and thread-safe; each {@link #start()} creates a session holding all work
 * variables (including C_k, Q_k and the switch, which span the run's searches), and
 * {@code search} allocates nothing.
 */
public final class HagerZhang extends ConfiguredLineSearch<HagerZhang> {

    /** When the approximate Wolfe conditions (T2) may terminate a search. */
    public enum ApproximateWolfe {
        /** Only the Wolfe conditions (T1). */
        NEVER,
        /** T1, and T2 as well once a step changed f by at most ω·C_k (HZ 2006 §4, the default). */
        SWITCH,
        /** T1 or T2 from the first search on (CG_DESCENT's {@code AWolfe = TRUE}). */
        ALWAYS
    }

    private static final HagerZhang DEFAULT = new HagerZhang(
            new LineSearchSettings(0.1, 0.9, Double.NaN, 0, 1e20, 50), 1e-6, 0.5, 0.66, 5.0, 0.7,
            1e-3, ApproximateWolfe.SWITCH);

    private final double epsilon;
    private final double theta;
    private final double gamma;
    private final double rho;
    private final double decay;
    private final double omega;
    private final ApproximateWolfe approximateWolfe;

    private HagerZhang(LineSearchSettings settings, double epsilon, double theta, double gamma,
            double rho, double decay, double omega, ApproximateWolfe approximateWolfe) {
        super(settings);
        this.epsilon = epsilon;
        this.theta = theta;
        this.gamma = gamma;
        this.rho = rho;
        this.decay = decay;
        this.omega = omega;
        this.approximateWolfe = approximateWolfe;
    }

    /** The documented defaults of HZ 2006 §4. */
    public static HagerZhang defaults() {
        return DEFAULT;
    }

    @Override
    HagerZhang with(LineSearchSettings settings) {
        return new HagerZhang(settings, epsilon, theta, gamma, rho, decay, omega,
                approximateWolfe);
    }

    /** Hager–Zhang need δ &lt; ½ (HZ 2005 §4), a finite step bound and no lower bound. */
    @Override
    void check(LineSearchSettings s) {
        if (!(s.c1() < 0.5)) {
            throw new IllegalArgumentException("c1 (Hager–Zhang's δ) must be below 0.5 (HZ 2005"
                    + " §4), was " + s.c1());
        }
        if (s.minStep() != 0 || Double.isInfinite(s.maxStep())) {
            throw new IllegalArgumentException("steps: HagerZhang takes a finite maxStep and no"
                    + " minStep, was [" + s.minStep() + ", " + s.maxStep() + "]");
        }
    }

    /** ε ≥ 0, the relative error allowed in φ by the approximate Wolfe conditions. */
    public HagerZhang withEpsilon(double epsilon) {
        return new HagerZhang(settings(), Checks.nonNegative(epsilon, "epsilon"), theta, gamma,
                rho, decay, omega, approximateWolfe);
    }

    /** θ ∈ (0, 1), the position of U3's bisection point d = (1 − θ)ā + θb̄. */
    public HagerZhang withTheta(double theta) {
        return new HagerZhang(settings(), epsilon, Checks.openInterval(theta, 0, 1, "theta"),
                gamma, rho, decay, omega, approximateWolfe);
    }

    /** γ ∈ (0, 1): a secant² step that leaves more than γ of the interval is followed by bisection. */
    public HagerZhang withGamma(double gamma) {
        return new HagerZhang(settings(), epsilon, theta,
                Checks.openInterval(gamma, 0, 1, "gamma"), rho, decay, omega, approximateWolfe);
    }

    /** ρ &gt; 1, the expansion factor of {@code bracket}. */
    public HagerZhang withExpansion(double rho) {
        if (!(rho > 1) || Double.isInfinite(rho)) {
            throw new IllegalArgumentException("rho must be finite and above 1, was " + rho);
        }
        return new HagerZhang(settings(), epsilon, theta, gamma, rho, decay, omega,
                approximateWolfe);
    }

    /**
     * The approximate-Wolfe policy and its switch parameters.
     *
     * @param mode when T2 may terminate
     * @param decay Δ ∈ [0, 1] of the average C_k (0: C_k = |f(x_k)|)
     * @param omega ω ≥ 0 of the switch |f(x_{k+1}) − f(x_k)| ≤ ω·C_k
     */
    public HagerZhang withApproximateWolfe(ApproximateWolfe mode, double decay, double omega) {
        Checks.notNull(mode, "mode");
        if (!(decay >= 0 && decay <= 1)) {
            throw new IllegalArgumentException("decay must lie in [0, 1], was " + decay);
        }
        return new HagerZhang(settings(), epsilon, theta, gamma, rho, decay,
                Checks.nonNegative(omega, "omega"), mode);
    }

    /** The relative error ε of the approximate Wolfe conditions. */
    public double epsilon() {
        return epsilon;
    }

    /** When the approximate Wolfe conditions may end a search. */
    public ApproximateWolfe approximateWolfe() {
        return approximateWolfe;
    }

    @Override
    public State start() {
        return new HagerZhangSearch();
    }

    @Override
    public String toString() {
        return "HagerZhang[" + describeSettings() + ", epsilon=" + epsilon + ", theta="
                + theta + ", gamma=" + gamma + ", rho=" + rho + ", approximateWolfe="
                + approximateWolfe + "]";
    }

    /** Outcomes of {@code update}. */
    private static final int STOP = -1;
    private static final int UNCHANGED = 0;
    private static final int NEW_A = 1;
    private static final int NEW_B = 2;
    private static final int BISECTED = 3;

    private final class HagerZhangSearch extends SearchState {
        // run-wide state (HZ 2006 §4)
        private double averageQ;
        private double averageC;
        private double lastPhi0 = Double.NaN;
        private boolean approximate;
        // per-search state
        private LineFunction phi;
        private double phi0;
        private double slope0;
        private double valueLimit; // φ(0) + ε_k
        private boolean useApproximate;
        private int evaluations;
        private boolean anyFinite;
        private LineSearchStatus outcome;
        // the last evaluated point
        private double fc;
        private double gc;
        private boolean finite;
        // the interval [a, b]
        private double a;
        private double ga;
        private double b;
        private double gb;

        @Override
        public LineSearchStatus search(LineFunction phi, double phi0, double slope0,
                double initialStep) {
            if (!descending(phi, phi0, slope0, initialStep)) {
                return LineSearchStatus.NOT_DESCENT;
            }
            this.phi = phi;
            if (phi0 != lastPhi0) { // a new iterate (a retry at the same point does not count)
                averageQ = 1 + decay * averageQ;
                averageC += (Math.abs(phi0) - averageC) / averageQ;
                lastPhi0 = phi0;
            }
            this.phi0 = phi0;
            this.slope0 = slope0;
            this.valueLimit = phi0 + epsilon * averageC;
            this.useApproximate = approximateWolfe == ApproximateWolfe.ALWAYS
                    || (approximateWolfe == ApproximateWolfe.SWITCH && approximate);
            this.evaluations = 0;
            this.anyFinite = false;
            this.outcome = null;
            try {
                run(Math.min(initialStep, maxStep));
            } finally {
                this.phi = null;
            }
            if (outcome == LineSearchStatus.SUCCESS
                    && Math.abs(value - phi0) <= omega * averageC) {
                approximate = true;
            }
            return outcome;
        }

        /** L0–L3. Leaves the result in {@code outcome}. */
        private void run(double c) {
            if (evaluate(c) || bracket(c)) {
                return;
            }
            while (true) {
                double width = b - a;
                if (!(width > 4 * Math.ulp(b))) {
                    outcome = LineSearchStatus.INTERVAL_TOO_SMALL;
                    return;
                }
                if (secant2()) {
                    return;
                }
                if (b - a > gamma * width && update(a + 0.5 * (b - a)) == STOP) {
                    return;
                }
            }
        }

        /**
         * Evaluates φ and φ' at c and tests termination.
         *
         * @return true when the search is over (accepted, or out of evaluations)
         */
        private boolean evaluate(double c) {
            if (evaluations >= maxEvaluations) {
                outcome = anyFinite ? LineSearchStatus.MAX_EVALUATIONS : LineSearchStatus.NON_FINITE;
                return true;
            }
            evaluations++;
            fc = phi.valueAndSlope(c);
            gc = phi.slope();
            finite = Double.isFinite(fc) && Double.isFinite(gc);
            if (!finite) {
                return false;
            }
            anyFinite = true;
            boolean curvature = gc >= c2 * slope0;
            boolean wolfe = curvature && fc - phi0 <= c1 * c * slope0;
            boolean approximateWolfe = useApproximate && curvature
                    && gc <= (2 * c1 - 1) * slope0 && fc <= valueLimit;
            if (wolfe || approximateWolfe) {
                step = c;
                value = fc;
                outcome = LineSearchStatus.SUCCESS;
                return true;
            }
            return false;
        }

        /** B0–B3, given φ and φ' already evaluated at c. @return true when the search is over. */
        private boolean bracket(double c) {
            double last = 0; // the last expansion point: φ' < 0 and φ ≤ φ(0) + ε_k there
            double gLast = slope0;
            double nonFiniteAt = Double.POSITIVE_INFINITY;
            int failures = 0; // consecutive non-finite trials
            while (true) {
                double next;
                if (!finite) {
                    nonFiniteAt = c;
                    next = StepBack.towards(last, c, ++failures);
                    if (next == last || next == c) {
                        outcome = anyFinite ? LineSearchStatus.INTERVAL_TOO_SMALL
                                : LineSearchStatus.NON_FINITE;
                        return true;
                    }
                } else {
                    failures = 0;
                    if (gc >= 0) { // B1
                        setA(last, gLast);
                        setB(c, gc);
                        return false;
                    }
                    if (fc > valueLimit) { // B2
                        setA(last, gLast);
                        return bisect(c) == STOP;
                    }
                    // B3: expand
                    last = c;
                    gLast = gc;
                    if (c >= maxStep && fc - phi0 <= c1 * c * slope0) {
                        // φ still decreasing steeply at the step bound: the bound limited α
                        step = c;
                        value = fc;
                        outcome = LineSearchStatus.SUCCESS;
                        return true;
                    }
                    next = Math.min(rho * c, maxStep);
                    if (next >= nonFiniteAt) {
                        next = c + 0.5 * (nonFiniteAt - c);
                    }
                    if (next <= c) { // rounding: no room below the non-finite region
                        outcome = LineSearchStatus.INTERVAL_TOO_SMALL;
                        return true;
                    }
                }
                c = next;
                if (evaluate(c)) {
                    return true;
                }
            }
        }

        /** S1–S4. @return true when the search is over. */
        private boolean secant2() {
            double a0 = a;
            double ga0 = ga;
            double b0 = b;
            double gb0 = gb;
            int result = update(Interpolants.secant(a, ga, b, gb));
            if (result == STOP) {
                return true;
            }
            double cBar;
            if (result == NEW_B) {
                cBar = Interpolants.secant(b0, gb0, b, gb); // S2
            } else if (result == NEW_A) {
                cBar = Interpolants.secant(a0, ga0, a, ga); // S3
            } else {
                return false;
            }
            return update(cBar) == STOP; // S4
        }

        /** U0–U3 for the point c and the current [a, b]. */
        private int update(double c) {
            if (!(c > a && c < b)) { // U0 (also a NaN secant step)
                return UNCHANGED;
            }
            if (evaluate(c)) {
                return STOP;
            }
            if (finite && gc >= 0) { // U1
                setB(c, gc);
                return NEW_B;
            }
            if (finite && fc <= valueLimit) { // U2
                setA(c, gc);
                return NEW_A;
            }
            return bisect(c); // U3
        }

        /**
         * U3a–c on [ā, b̄] = [a, high], where φ'(a) &lt; 0, φ(a) ≤ φ(0) + ε_k and φ(high) is above
         * φ(0) + ε_k (or not finite): moves ā up or b̄ down until a point with φ' ≥ 0 is found,
         * which becomes b.
         */
        private int bisect(double high) {
            while (true) {
                double d = (1 - theta) * a + theta * high;
                if (!(d > a && d < high)) {
                    outcome = LineSearchStatus.INTERVAL_TOO_SMALL;
                    return STOP;
                }
                if (evaluate(d)) {
                    return STOP;
                }
                if (finite && gc >= 0) {
                    setB(d, gc);
                    return BISECTED;
                }
                if (finite && fc <= valueLimit) {
                    setA(d, gc);
                } else {
                    high = d;
                }
            }
        }

        private void setA(double alpha, double g) {
            a = alpha;
            ga = g;
        }

        private void setB(double alpha, double g) {
            b = alpha;
            gb = g;
        }

    }
}
