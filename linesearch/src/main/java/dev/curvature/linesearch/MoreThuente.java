package dev.curvature.linesearch;

import dev.curvature.api.spi.LineFunction;
import dev.curvature.api.spi.LineSearchStatus;

/**
 * The line search of Moré &amp; Thuente, "Line search algorithms with guaranteed sufficient
 * decrease", ACM TOMS 20 (1994) 286–307: finds α satisfying the strong Wolfe conditions
 * <pre>
 *   φ(α) ≤ φ(0) + μ·α·φ'(0)            (sufficient decrease, μ = ftol)
 *   |φ'(α)| ≤ η·|φ'(0)|                 (curvature, η = gtol)
 * </pre>
 * by generating a sequence of nested intervals [α_l, α_u] and safeguarded trial steps α_t.
 *
 * <p>The algorithm (paper §§2–4):
 * <ul>
 *   <li><b>Auxiliary function.</b> Until some trial has ψ(α_t) ≤ 0 and φ'(α_t) ≥ 0, the search
 *       works on ψ(α) = φ(α) − φ(0) − μαφ'(0) instead of φ when the trial has lowered φ but not
 *       enough (φ(α_t) ≤ φ(α_l) and ψ(α_t) &gt; 0), so that the interval is steered towards
 *       points of sufficient decrease (paper §3, Theorem 3.2); afterwards it works on φ.
 *   <li><b>Interval update</b> (paper §2): a trial with a higher value than α_l becomes α_u; a
 *       trial with a lower value becomes α_l, the old α_l becoming α_u when the derivative changes
 *       sign between them.
 *   <li><b>Trial step</b> (paper §4, cases 1–4), with α_c the minimizer of the cubic through
 *       (α_l, α_t), α_q of the quadratic through φ(α_l), φ'(α_l), φ(α_t), and α_s the secant step:
 *       <ol>
 *         <li>f_t &gt; f_l: α_c if it is closer to α_l than α_q, else (α_c + α_q)/2;
 *         <li>f_t ≤ f_l, derivatives of opposite sign: whichever of α_c, α_s is farther from α_t;
 *         <li>f_t ≤ f_l, same sign, |φ'(α_t)| decreased: the cubic step if the cubic has its
 *             minimizer beyond α_t, else the bound; in a bracket the one of α_c, α_s closer to α_t,
 *             kept within α_t + 0.66(α_u − α_t); outside a bracket the farther one, clipped;
 *         <li>otherwise: the cubic through α_t and α_u in a bracket, else the extrapolation bound.
 *       </ol>
 *   <li><b>Safeguards.</b> Before a bracket is found, trials extrapolate into
 *       [α_t + 1.1(α_t − α_l), α_t + 4(α_t − α_l)] (MINPACK-2 {@code dcsrch}'s {@code xtrapl},
 *       {@code xtrapu}); once bracketed, a bisection step replaces the trial whenever the bracket
 *       has not shrunk by a factor 0.66 over two trials (paper §4), so the interval width goes to
 *       zero.
 * </ul>
 *
 * <p>Termination: {@link LineSearchStatus#SUCCESS} when both conditions hold at the trial just
 * evaluated — so the last {@link LineFunction#valueAndSlope} call is at the accepted α and the
 * driver reuses its gradient, except when {@link #withDecreaseFallback} returns an earlier trial
 * (the driver then evaluates the gradient there once more) — or when α reached {@code maxStep}
 * (or φ's own {@link LineFunction#maxStep()}, the edge of a box) with φ(α) ≤ φ(0) + μαφ'(0)
 * and φ'(α) ≤ μφ'(0) (φ still decreasing steeply: the step bound, not the search, limited α;
 * MINPACK-2's "stp = stpmax" exit). {@link LineSearchStatus#INTERVAL_TOO_SMALL} when the bracket
 * is narrower than {@code xtol}·α_max, when rounding prevents progress (the trial is not inside the
 * bracket), or when α = {@code minStep} still fails; {@link LineSearchStatus#MAX_EVALUATIONS}
 * after {@code maxEvaluations} evaluations. On any failure the driver keeps the best point seen.
 *
 * <p>Non-finite values: a trial where φ or φ' is not finite is not used to update the interval;
 * the next trial moves back towards the best point α_l (halving the distance, then shrinking it
 * faster while failures continue: see {@code StepBack}), and later trials stay below the smallest
 * such α. Each such trial counts as an evaluation. When no finite value was ever seen
 * the search ends with {@link LineSearchStatus#NON_FINITE}.
 *
 * <p>Defaults and sources: {@code ftol} μ = 10⁻⁴ (N&amp;W p. 33; MINPACK-2 and L-BFGS practice),
 * {@code gtol} η = 0.9 (N&amp;W p. 34, for Newton and quasi-Newton directions; use 0.1 for
 * nonlinear CG), {@code xtol} = 10⁻¹⁰ (relative width of the bracket below which the search
 * stops; the paper leaves it to the user and MINPACK-2's examples use 0.1, which ends searches too
 * early for the tests of §5), step bounds [10⁻²⁰, 10²⁰] (as LBFGSpp's {@code min_step},
 * {@code max_step}) and at most 20 evaluations per search (the {@code maxfev = 20} of Liu &amp;
 * Nocedal's L-BFGS driver of {@code cvsrch}). The convergence theory (paper Theorem 3.1) needs
 * μ ≤ η; with η &lt; μ the search may end with a failure status.
 *
 * <p>Options for L-BFGS-B's behaviour at the limits (both off by default):
 * {@link #withDecreaseFallback} takes the best sufficient-decrease trial when the search ends by
 * its interval or evaluation limit, and {@link #withRoundingStop} ends the search before a trial
 * whose promised decrease is below f's rounding level. A third option,
 * {@link #withSlopeOnlyAfterDecrease}, evaluates φ' inside a bracket only at trials that pass
 * the sufficient-decrease test (off by default).
 *
 * <p>Immutable and thread-safe; each {@link #start()} creates a session holding all work
 * variables, and {@code search} allocates nothing.
 */
public final class MoreThuente extends ConfiguredLineSearch<MoreThuente> {
    /** Extrapolation range factors before a bracket is found (MINPACK-2 {@code dcsrch}). */
    private static final double EXTRAPOLATE_LOWER = 1.1;
    private static final double EXTRAPOLATE_UPPER = 4.0;
    /** Required shrink of the bracket over two trials, else bisect (paper §4). */
    private static final double SHRINK = 0.66;
    /**
     * Smallest fraction of α_t − α_l that a value-only trial's successor keeps
     * ({@link #withSlopeOnlyAfterDecrease}; Dennis &amp; Schnabel A6.3.1's λ ≥ 0.1λ_prev).
     */
    private static final double BACKTRACK_MIN = 0.1;
    /** 10ε: a change of φ below 10ε|φ(0)| cannot be told from rounding in φ. */
    private static final double ROUNDING = 10 * Math.ulp(1.0);

    private static final MoreThuente DEFAULT = new MoreThuente(
            new LineSearchSettings(1e-4, 0.9, 1e-10, 1e-20, 1e20, 20), false, false, false);

    private final boolean decreaseFallback;
    private final boolean roundingStop;
    private final boolean slopeOnlyAfterDecrease;

    private MoreThuente(LineSearchSettings settings, boolean decreaseFallback,
            boolean roundingStop, boolean slopeOnlyAfterDecrease) {
        super(settings);
        this.decreaseFallback = decreaseFallback;
        this.roundingStop = roundingStop;
        this.slopeOnlyAfterDecrease = slopeOnlyAfterDecrease;
    }

    /** The documented defaults: μ = 10⁻⁴, η = 0.9, xtol = 10⁻¹⁰, α ∈ [10⁻²⁰, 10²⁰], 20 evaluations. */
    public static MoreThuente defaults() {
        return DEFAULT;
    }

    @Override
    MoreThuente with(LineSearchSettings settings) {
        return new MoreThuente(settings, decreaseFallback, roundingStop, slopeOnlyAfterDecrease);
    }

    @Override
    void check(LineSearchSettings s) {
        if (Double.isInfinite(s.maxStep())) {
            throw new IllegalArgumentException("maxStep must be finite for Moré–Thuente's"
                    + " extrapolation, was " + s.maxStep());
        }
    }

    /**
     * Whether a search that ends by its interval or evaluation limit still takes a step: with
     * {@code true} it reports {@link LineSearchStatus#SUCCESS} at the trial with the lowest φ
     * among those that satisfied the sufficient-decrease condition, when there is one (only the
     * curvature condition then fails). This is how L-BFGS-B uses MINPACK-2's {@code dcsrch}: its
     * driver ({@code lnsrlb}) ends the search at {@code dcsrch}'s warnings (the XTOL test,
     * rounding errors) and takes the step (Zhu, Byrd, Lu &amp; Nocedal, "Algorithm 778:
     * L-BFGS-B", ACM TOMS 23 (1997) 550–560); here the step must also satisfy sufficient
     * decrease, so the {@link dev.curvature.api.spi.LineSearch} contract holds. A quasi-Newton update must then
     * tolerate sᵀy ≤ 0 (the BFGS-family skip rules do). Default {@code false}.
     */
    public MoreThuente withDecreaseFallback(boolean fallback) {
        return new MoreThuente(settings(), fallback, roundingStop, slopeOnlyAfterDecrease);
    }

    /**
     * Whether the search stops at f's precision: with {@code true} a trial α after the first
     * whose first-order decrease −αφ'(0) is at most 10ε|φ(0)| is not evaluated, and the search
     * ends as when its interval is too small (with {@link #withDecreaseFallback} taking the best
     * sufficient-decrease point, if any). At such a trial φ(α) − φ(0) is of the order of the
     * rounding error in φ, so the sufficient-decrease test compares noise; a search there can
     * only spend its evaluation budget (when also |φ'(0)| ≤ 10ε|f| the driver reports the
     * precision limit, VALUE_TOLERANCE; otherwise the failed search). The first trial is always
     * evaluated: its step comes from the initial-step rule, whose scale need not be f's (the rule
     * 1/√|φ'(0)| of the first iteration promises √|φ'(0)|, which a large |f| would otherwise
     * refuse before anything was tried). Default {@code false}.
     */
    public MoreThuente withRoundingStop(boolean stop) {
        return new MoreThuente(settings(), decreaseFallback, stop, slopeOnlyAfterDecrease);
    }

    /**
     * Whether, once the minimizer is bracketed, a trial's slope is evaluated only after its
     * value has passed the sufficient-decrease test: with {@code true} each trial inside a
     * bracket first costs φ(α) alone ({@link LineFunction#value}), and φ'(α) is asked for
     * ({@link LineFunction#valueAndSlope} at the same α, which the driver's line function answers
     * with ∇f alone) only when ψ(α) = φ(α) − φ(0) − μαφ'(0) ≤ 0 — the order of Nocedal &amp;
     * Wright's Algorithms 3.5 and 3.6 (φ'(α_i) after the sufficient-decrease test) and of
     * Dennis &amp; Schnabel's backtracking A6.3.1 (f alone). A trial that fails the test lies
     * above α_l in the function the search works on (always before the search switches from ψ
     * to φ), which is paper §4's case 1: without φ'(α_t) the next trial is α_q, the minimizer of
     * the quadratic through φ(α_l), φ'(α_l), φ(α_t) (N&amp;W §3.5, eq. (3.58)), at least a tenth
     * of the way from α_l to α_t (Dennis &amp; Schnabel A6.3.1's λ ≥ 0.1λ_prev; the quadratic
     * alone can shrink the step by 10¹⁶ at once), and the interval update of paper §2 needs no
     * slope: α_u = α_t. A later case 4 whose α_u has no slope uses the quadratic through
     * φ(α_t), φ'(α_t), φ(α_u) in place of the cubic. The slope of a failing trial is still
     * evaluated where the update needs its sign (after the switch to φ, a failing trial below
     * α_l in φ) and at every trial before a bracket: the slope at the first rejected trial gives
     * paper §4's cubic step α_c, after which a Newton search is usually done, while α_q, always
     * within the first half of [α_l, α_t], cuts a step that was only slightly too long by half
     * (from the first trial on, damped Newton needed 18% more f + ∇f on MGH ×1/×10/×100:
     * docs/defaults.md#line-search-of-the-dense-newton-methods). Saves one ∇f per rejected trial
     * inside a bracket, e.g. while backtracking from a Newton step of a nearly singular H + τI.
     * The search still ends at a point satisfying both conditions. Default {@code false}.
     */
    public MoreThuente withSlopeOnlyAfterDecrease(boolean slopeOnly) {
        return new MoreThuente(settings(), decreaseFallback, roundingStop, slopeOnly);
    }

    /** Whether {@link #withDecreaseFallback} is on. */
    public boolean decreaseFallback() {
        return decreaseFallback;
    }

    /** Whether {@link #withRoundingStop} is on. */
    public boolean roundingStop() {
        return roundingStop;
    }

    /** Whether {@link #withSlopeOnlyAfterDecrease} is on. */
    public boolean slopeOnlyAfterDecrease() {
        return slopeOnlyAfterDecrease;
    }

    @Override
    public State start() {
        return new MoreThuenteSearch();
    }

    /** Trials stay in [minStep, min(maxStep, φ's maxStep)]. */
    @Override
    public boolean honoursMaxStep() {
        return true;
    }

    @Override
    public String toString() {
        return "MoreThuente[" + describeSettings() + ", decreaseFallback=" + decreaseFallback
                + ", roundingStop=" + roundingStop + ", slopeOnlyAfterDecrease="
                + slopeOnlyAfterDecrease + "]";
    }

    /** One run's work variables; paper notation: α_l = stx (best), α_u = sty, α_t = the trial. */
    private final class MoreThuenteSearch extends SearchState {
        private double stx;
        private double fx;
        private double gx;
        private double sty;
        private double fy;
        private double gy;
        private boolean bracketed;
        /** The trial with the lowest φ among those with sufficient decrease (0: none yet). */
        private double decreaseStep;
        private double decreaseValue;
        /** min(maxStep, φ's own {@link LineFunction#maxStep()}) for the current search. */
        private double stepLimit;

        @Override
        public LineSearchStatus search(LineFunction phi, double phi0, double slope0,
                double initialStep) {
            if (!descending(phi, phi0, slope0, initialStep)) {
                return LineSearchStatus.NOT_DESCENT;
            }

            double gtest = c1 * slope0; // ψ'(α) = φ'(α) − gtest
            double curvatureBound = c2 * -slope0;
            stx = 0;
            fx = phi0;
            gx = slope0;
            sty = 0;
            fy = phi0;
            gy = slope0;
            bracketed = false;
            boolean auxiliary = true; // stage 1: work on ψ
            stepLimit = Math.min(maxStep, phi.maxStep());
            double width = stepLimit - minStep;
            double previousWidth = 2 * width;
            double lower = 0; // range of the next trial (extrapolation or bracket)
            double stp = clamp(initialStep);
            double upper = stp + EXTRAPOLATE_UPPER * stp;
            double nonFiniteAt = Double.POSITIVE_INFINITY; // smallest α > α_l with non-finite φ
            boolean anyFinite = false;
            int failures = 0; // consecutive non-finite trials
            decreaseStep = 0;
            decreaseValue = phi0;
            double roundingStep = roundingStop ? ROUNDING * Math.abs(phi0) / -slope0
                    : Double.NEGATIVE_INFINITY; // trials α ≤ this promise no measurable decrease

            for (int evaluation = 0; evaluation < maxEvaluations; evaluation++) {
                if (evaluation > 0 && stp <= roundingStep) {
                    return failure(LineSearchStatus.INTERVAL_TOO_SMALL);
                }
                double ftest = phi0 + stp * gtest;
                boolean sloped = !slopeOnlyAfterDecrease || !bracketed;
                double f = sloped ? phi.valueAndSlope(stp) : phi.value(stp);
                if (!sloped && Double.isFinite(f)
                        && (f <= ftest || !aboveBest(stp, f, auxiliary, gtest))) {
                    phi.valueAndSlope(stp); // φ(α) is known: the driver's φ adds ∇f alone
                    sloped = true;
                }
                double g = sloped ? phi.slope() : Double.NaN; // NaN: value-only (case 1 or non-finite)
                if (!Double.isFinite(f) || (sloped && !Double.isFinite(g))) {
                    if (stp > stx) {
                        nonFiniteAt = Math.min(nonFiniteAt, stp);
                    }
                    double retry = StepBack.towards(stx, stp, ++failures);
                    if (retry == stx || retry == stp || retry < minStep) {
                        return anyFinite ? failure(LineSearchStatus.INTERVAL_TOO_SMALL)
                                : LineSearchStatus.NON_FINITE;
                    }
                    stp = retry;
                    continue;
                }
                anyFinite = true;
                failures = 0;
                if (f <= ftest && f < decreaseValue) {
                    decreaseStep = stp;
                    decreaseValue = f;
                }
                if (f <= ftest && Math.abs(g) <= curvatureBound) {
                    return accept(stp, f);
                }
                if (stp == stepLimit && f <= ftest && g <= gtest) {
                    return accept(stp, f);
                }
                if (stp == minStep && (f > ftest || g >= gtest)) {
                    return failure(LineSearchStatus.INTERVAL_TOO_SMALL);
                }
                if (bracketed && (stp <= lower || stp >= upper || upper - lower <= xtol * upper)) {
                    return failure(LineSearchStatus.INTERVAL_TOO_SMALL);
                }
                if (auxiliary && f <= ftest && g >= 0) {
                    auxiliary = false;
                }

                double next;
                if (auxiliary && f <= fx && f > ftest) {
                    // Work on ψ: shift values and slopes by the line α·gtest, then shift back.
                    fx -= stx * gtest;
                    fy -= sty * gtest;
                    gx -= gtest;
                    gy -= gtest;
                    next = trialStep(stp, f - stp * gtest, g - gtest, lower, upper);
                    fx += stx * gtest;
                    fy += sty * gtest;
                    gx += gtest;
                    gy += gtest;
                } else {
                    next = trialStep(stp, f, g, lower, upper);
                }

                if (bracketed) {
                    double span = Math.abs(sty - stx);
                    if (span >= SHRINK * previousWidth) {
                        next = stx + 0.5 * (sty - stx);
                    }
                    previousWidth = width;
                    width = span;
                    lower = Math.min(stx, sty);
                    upper = Math.max(stx, sty);
                } else {
                    lower = next + EXTRAPOLATE_LOWER * (next - stx);
                    upper = next + EXTRAPOLATE_UPPER * (next - stx);
                }
                next = clamp(next);
                if (next >= nonFiniteAt && nonFiniteAt > stx) {
                    next = stx + 0.5 * (nonFiniteAt - stx);
                }
                if (bracketed && (next <= lower || next >= upper || upper - lower <= xtol * upper)) {
                    // No further progress is possible (MINPACK-2 would re-evaluate α_l here).
                    return failure(LineSearchStatus.INTERVAL_TOO_SMALL);
                }
                stp = next;
            }
            return anyFinite ? failure(LineSearchStatus.MAX_EVALUATIONS) : LineSearchStatus.NON_FINITE;
        }

        /**
         * Whether the trial (stp, f) lies above α_l in the function the search works on — ψ in
         * stage 1 when φ(α_t) ≤ φ(α_l), else φ — so that it is paper §4's case 1 and the interval
         * update needs no slope ({@link #withSlopeOnlyAfterDecrease}). The same comparison
         * {@link #trialStep} makes on the shifted values.
         */
        private boolean aboveBest(double stp, double f, boolean auxiliary, double gtest) {
            return auxiliary && f <= fx ? f - stp * gtest > fx - stx * gtest : f > fx;
        }

        /** {@code status}, or the best sufficient-decrease trial under the decrease fallback. */
        private LineSearchStatus failure(LineSearchStatus status) {
            if (decreaseFallback && decreaseStep > 0) {
                return accept(decreaseStep, decreaseValue);
            }
            return status;
        }

        private LineSearchStatus accept(double stp, double f) {
            step = stp;
            value = f;
            return LineSearchStatus.SUCCESS;
        }

        /**
         * The safeguarded trial step of paper §4 (cases 1–4) from the trial α_t = stp with value
         * fp and slope dp, then the interval update of paper §2. Works on whatever function
         * (φ or ψ) the values in the fields and arguments describe.
         *
         * @param lower lowest allowed step when extrapolating
         * @param upper highest allowed step when extrapolating
         */
        private double trialStep(double stp, double fp, double dp, double lower, double upper) {
            boolean oppositeSlopes = Math.signum(dp) * Math.signum(gx) < 0;
            double next;
            if (fp > fx) {
                // Case 1: higher value; the minimizer is bracketed by α_l and α_t.
                double cubic = Interpolants.cubicMinimizer(stx, fx, gx, stp, fp, dp);
                double quadratic = Interpolants.quadraticMinimizer(stx, fx, gx, stp, fp);
                if (Double.isNaN(dp)) {
                    // No φ'(α_t) (withSlopeOnlyAfterDecrease): α_q, at least BACKTRACK_MIN of the
                    // way from α_l (α_q < α_l + ½(α_t − α_l) as f_t > f_l), bisection when NaN
                    next = Double.isNaN(quadratic) ? stx + 0.5 * (stp - stx)
                            : stx + Math.max(BACKTRACK_MIN, (quadratic - stx) / (stp - stx)) * (stp - stx);
                } else if (Double.isNaN(cubic)) {
                    next = Double.isNaN(quadratic) ? stx + 0.5 * (stp - stx) : quadratic;
                } else if (Math.abs(cubic - stx) < Math.abs(quadratic - stx)) {
                    next = cubic;
                } else {
                    next = cubic + 0.5 * (quadratic - cubic);
                }
                bracketed = true;
            } else if (oppositeSlopes) {
                // Case 2: lower value, derivatives of opposite sign: bracketed.
                double cubic = Interpolants.cubicMinimizer(stp, fp, dp, stx, fx, gx);
                double secant = Interpolants.secant(stp, dp, stx, gx);
                if (Double.isNaN(cubic) || Math.abs(cubic - stp) <= Math.abs(secant - stp)) {
                    next = secant;
                } else {
                    next = cubic;
                }
                if (Double.isNaN(next)) {
                    next = stp + 0.5 * (stx - stp);
                }
                bracketed = true;
            } else if (Math.abs(dp) < Math.abs(gx)) {
                // Case 3: lower value, same sign, the derivative magnitude decreased.
                double cubic = case3Cubic(stp, fp, dp, lower, upper);
                double secant = Interpolants.secant(stp, dp, stx, gx);
                if (Double.isNaN(secant)) {
                    secant = cubic;
                }
                if (bracketed) {
                    next = Math.abs(cubic - stp) < Math.abs(secant - stp) ? cubic : secant;
                    double limit = stp + SHRINK * (sty - stp);
                    next = stp > stx ? Math.min(limit, next) : Math.max(limit, next);
                } else {
                    next = Math.abs(cubic - stp) > Math.abs(secant - stp) ? cubic : secant;
                    next = Math.min(upper, Math.max(lower, next));
                }
            } else if (bracketed) {
                // Case 4 in a bracket: cubic through α_t and α_u; the quadratic through φ(α_t),
                // φ'(α_t), φ(α_u) when α_u's slope was not evaluated (withSlopeOnlyAfterDecrease).
                next = Double.isNaN(gy) ? Interpolants.quadraticMinimizer(stp, fp, dp, sty, fy)
                        : Interpolants.cubicMinimizer(stp, fp, dp, sty, fy, gy);
                if (Double.isNaN(next)) {
                    next = stp + 0.5 * (sty - stp);
                }
            } else {
                // Case 4 before a bracket: go to the extrapolation bound.
                next = stp > stx ? upper : lower;
            }

            if (fp > fx) {
                sty = stp;
                fy = fp;
                gy = dp;
            } else {
                if (oppositeSlopes) {
                    sty = stx;
                    fy = fx;
                    gy = gx;
                }
                stx = stp;
                fx = fp;
                gx = dp;
            }
            return next;
        }

        /**
         * Case 3's cubic step: the cubic's minimizer when the cubic tends to infinity in the
         * direction of the step and its minimizer lies beyond α_t; otherwise the extrapolation
         * bound on that side (paper §4, case 3).
         */
        private double case3Cubic(double stp, double fp, double dp, double lower, double upper) {
            double theta = 3 * (fx - fp) / (stp - stx) + gx + dp;
            double s = Math.max(Math.abs(theta), Math.max(Math.abs(gx), Math.abs(dp)));
            double gamma = s * Math.sqrt(Math.max(0, (theta / s) * (theta / s) - (gx / s) * (dp / s)));
            if (stp > stx) {
                gamma = -gamma;
            }
            double p = gamma - dp + theta;
            double q = gamma + (gx - dp) + gamma;
            double r = p / q;
            if (r < 0 && gamma != 0) {
                return stp + r * (stx - stp);
            }
            return stp > stx ? upper : lower;
        }

        private double clamp(double alpha) {
            return Math.min(stepLimit, Math.max(minStep, alpha));
        }

    }
}
