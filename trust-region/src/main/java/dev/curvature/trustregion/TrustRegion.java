package dev.curvature.trustregion;

import dev.curvature.api.DirectionKind;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureProvider;
import dev.curvature.api.spi.Globalization;
import dev.curvature.api.spi.RunState;
import dev.curvature.api.spi.StepOutcome;
import dev.curvature.api.spi.Vectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trust-region globalization (Nocedal &amp; Wright, 2nd ed., Algorithm 4.1), the one trust-region
 * driver of Curvature: a {@link TrustRegionSolver} proposes p with ‖p‖₂ ≤ Δ from the run's
 * curvature model, f is evaluated at x + p (∇f only once the trial is accepted, as SciPy does),
 * and the ratio of actual to predicted reduction
 * <pre>    ρ = (f(x) − f(x + p) + δ) / (−m(p) + δ),   δ = 10ε·max(1, |f(x)|)</pre>
 * decides. The small δ is Conn, Gould &amp; Toint's guard against rounding (<i>Trust-Region
 * Methods</i>, 2000, §17.4.2): when both reductions are at rounding level the step is judged by
 * the model (ρ → 1) instead of by noise, so a run can still drive ‖∇f‖ down where f no longer
 * changes in floating point. The guard applies only when f does not increase: a trial with
 * f(x + p) &gt; f(x) gets the plain, negative ratio (so the run never moves uphill, and its last
 * point stays its best). A trial with a non-finite f or ∇f counts as ρ = −∞.
 *
 * <p>Radius update (N&amp;W Algorithm 4.1, with their constants):
 * <ul>
 *   <li>ρ &lt; ¼: Δ ← ¼·‖p‖ (N&amp;W shrink Δ itself; shrinking from ‖p‖ ≤ Δ makes sure the
 *       next trial differs even when p lay well inside the region, as a Newton step may);
 *   <li>ρ &gt; ¾ and p on the boundary (‖p‖ ≥ 0.99Δ, which also covers the nearly exact
 *       solvers' tolerance): Δ ← min(2Δ, Δ_max);
 *   <li>otherwise Δ is kept.
 * </ul>
 * The step is accepted when ρ &gt; η; otherwise the session tries again from the same point with
 * the smaller radius, inside the same iteration. When Δ falls below Δ_min·max(1, ‖x‖₂), the
 * curvature model is reset once (as a line search falls back to steepest descent) and the
 * iteration retried from Δ₀; if Δ collapses again the run ends with {@link TerminationReason#VALUE_TOLERANCE} when the first trial of the iteration was
 * the model's interior minimizer and predicted a decrease below f's rounding level 10ε|f| (the
 * precision limit is reached), else
 * with {@link TerminationReason#TRUST_REGION_COLLAPSED} (or
 * {@link TerminationReason#NON_FINITE} if no trial of that iteration had a finite value).
 *
 * <p>Defaults: η = 10⁻⁴ (N&amp;W Algorithm 4.1 allows η ∈ [0, ¼); Algorithm 6.2 asks
 * η ∈ (0, 10⁻³) for SR1), Δ₀ = 1 (SciPy's {@code trust-ncg} default), Δ_max = 10¹⁶ (Ceres's
 * {@code max_trust_region_radius}: only a safety cap, larger than SciPy's 1000), Δ_min = 10⁻¹⁵
 * (relative: below that x + p cannot differ from x in double precision), and {@link SteihaugCg}
 * as the solver. Measurements: docs/defaults.md#trust-region-radius-defaults.
 *
 * <p>The driver updates the curvature model after each accepted step. With
 * {@link #withRejectedStepUpdates(boolean) rejected-step updates} on, a rejected trial is handed
 * to the model too, as {@code update(p, ∇f(x + p) − ∇f(x), x + p, ∇f(x + p))}: N&amp;W Algorithm
 * 6.2 does this for SR1, whose model learns most where it was wrong, and the gradient at the
 * trial is already known. Only for secant models, whose update uses s and y alone; off by
 * default (an exact-Hessian model must not be told about points it never moved to).
 *
 * <p>In a box l ≤ x ≤ u ({@link RunState#bounds()} non-null) the step is not the solver's but
 * the projected-search step of TRON (Lin &amp; Moré 1999, SIAM J. Optim. 9(4):1100–1127, §3–4;
 * see {@link ProjectedNewtonStep}): a generalized Cauchy step along P(x − αg), then projected
 * Steihaug-CG minor iterations on the free variables, every trial point in the box. The ratio
 * test and the radius update above are unchanged, so any curvature provider — exact Hessian,
 * Gauss–Newton JᵀJ, secant — runs in a box ({@link #acceptsBounds}); the unconstrained path is
 * untouched. In a box, a model that is a {@link VariableScaling} gets the scaled region
 * ‖Ds‖ ≤ Δ (Moré 1978), and the radius tests above use ‖Ds‖ and ‖Dx‖.
 * Immutable and thread-safe.
 */
public final class TrustRegion implements Globalization {
    private static final Logger LOG = LoggerFactory.getLogger(TrustRegion.class);

    /** Shrink factor for a poor step (N&amp;W Algorithm 4.1). */
    public static final double SHRINK = 0.25;
    /** Expansion factor for a very successful boundary step (N&amp;W Algorithm 4.1). */
    public static final double EXPAND = 2.0;
    /** ρ below this shrinks the region. */
    public static final double POOR_RATIO = 0.25;
    /** ρ above this (with a boundary step) expands the region. */
    public static final double GOOD_RATIO = 0.75;
    /** ‖p‖ ≥ this fraction of Δ counts as a boundary step. */
    public static final double BOUNDARY_FRACTION = 0.99;

    private static final TrustRegion DEFAULT =
            new TrustRegion(SteihaugCg.defaults(), 1e-4, 1.0, 1e16, 1e-15, false);

    private final TrustRegionSolver solver;
    private final double eta;
    private final double initialRadius;
    private final double maxRadius;
    private final double minRadius;
    private final boolean rejectedStepUpdates;

    private TrustRegion(TrustRegionSolver solver, double eta, double initialRadius,
            double maxRadius, double minRadius, boolean rejectedStepUpdates) {
        this.solver = solver;
        this.eta = eta;
        this.initialRadius = initialRadius;
        this.maxRadius = maxRadius;
        this.minRadius = minRadius;
        this.rejectedStepUpdates = rejectedStepUpdates;
    }

    /** The documented defaults with {@link SteihaugCg}. */
    public static TrustRegion defaults() {
        return DEFAULT;
    }

    /** The defaults with another subproblem solver. */
    public static TrustRegion with(TrustRegionSolver solver) {
        return DEFAULT.withSolver(solver);
    }

    /** The subproblem solver. */
    public TrustRegion withSolver(TrustRegionSolver solver) {
        return new TrustRegion(Checks.notNull(solver, "solver"), eta, initialRadius, maxRadius,
                minRadius, rejectedStepUpdates);
    }

    /** The acceptance threshold η ∈ [0, ¼): a step is taken when ρ &gt; η. */
    public TrustRegion withAcceptance(double eta) {
        if (!(eta >= 0 && eta < POOR_RATIO)) {
            throw new IllegalArgumentException("eta must lie in [0, 0.25), was " + eta);
        }
        return new TrustRegion(solver, eta, initialRadius, maxRadius, minRadius,
                rejectedStepUpdates);
    }

    /** The first radius Δ₀ &gt; 0 (at most Δ_max). */
    public TrustRegion withInitialRadius(double radius) {
        Checks.positive(radius, "initialRadius");
        if (radius > maxRadius) {
            throw new IllegalArgumentException("initialRadius must not exceed maxRadius "
                    + maxRadius + ", was " + radius);
        }
        return new TrustRegion(solver, eta, radius, maxRadius, minRadius,
                rejectedStepUpdates);
    }

    /** The largest radius Δ_max &gt; 0 (at least Δ₀). */
    public TrustRegion withMaxRadius(double radius) {
        Checks.positive(radius, "maxRadius");
        if (radius < initialRadius) {
            throw new IllegalArgumentException("maxRadius must be at least initialRadius "
                    + initialRadius + ", was " + radius);
        }
        return new TrustRegion(solver, eta, initialRadius, radius, minRadius,
                rejectedStepUpdates);
    }

    /** The relative radius Δ_min &gt; 0 below which the region has collapsed. */
    public TrustRegion withMinRadius(double radius) {
        return new TrustRegion(solver, eta, initialRadius, maxRadius,
                Checks.positive(radius, "minRadius"), rejectedStepUpdates);
    }

    /**
     * Whether rejected trials are handed to the model's {@code update} too (N&amp;W Algorithm
     * 6.2); only for secant models. Default false.
     */
    public TrustRegion withRejectedStepUpdates(boolean on) {
        return new TrustRegion(solver, eta, initialRadius, maxRadius, minRadius, on);
    }

    /** The subproblem solver. */
    public TrustRegionSolver solver() {
        return solver;
    }

    /** η: a trial is accepted when ρ &gt; η. */
    public double acceptance() {
        return eta;
    }

    /** Δ₀. */
    public double initialRadius() {
        return initialRadius;
    }

    /** Δ_max. */
    public double maxRadius() {
        return maxRadius;
    }

    /** Δ_min, relative to max(1, ‖x‖₂). */
    public double minRadius() {
        return minRadius;
    }

    /** Whether rejected trials are handed to the model. */
    public boolean rejectedStepUpdates() {
        return rejectedStepUpdates;
    }

    /**
     * @throws IllegalArgumentException when the solver cannot work with the run's model
     */
    @Override
    public Globalization.State start(RunState state) {
        int n = state.dimension();
        if (state.bounds() != null) {
            return new RegionState(null, new ProjectedNewtonStep(state.model(), state.bounds(), n,
                    SteihaugCg.defaultCap(n)), n);
        }
        return new RegionState(solver.start(state.model(), n), null, n);
    }

    /**
     * True for every curvature provider: in a box the step is {@link ProjectedNewtonStep}'s
     * (Lin &amp; Moré 1999), which needs only products B·v.
     */
    @Override
    public boolean acceptsBounds(CurvatureProvider curvature) {
        return true;
    }

    /** Refuses a dense subproblem solver with a matrix-free curvature provider. */
    @Override
    public void validate(CurvatureProvider curvature) {
        if (solver.needsDenseMatrix() && !curvature.providesDenseMatrix()) {
            throw new IllegalArgumentException("solver: " + solver + " factors B as a dense matrix,"
                    + " but " + curvature + " is matrix-free (it gives only products B·v);"
                    + " use SteihaugCg");
        }
    }

    @Override
    public String toString() {
        return "TrustRegion[" + solver + ", eta=" + eta + ", initialRadius=" + initialRadius
                + ", maxRadius=" + maxRadius + (rejectedStepUpdates ? ", rejectedStepUpdates" : "") + "]";
    }

    /**
     * One run's radius, step array and the bookkeeping of the current iterate's trials. Each
     * {@link #step} call makes one trial; a refused one is returned to the driver as
     * {@link StepOutcome.Rejected}, and the next call continues from the smaller radius.
     */
    private final class RegionState implements Globalization.State {
        /** The unconstrained subproblem's solver; null for a run in a box. */
        private final TrustRegionSolver.State subproblem;
        /** The step in a box (Lin &amp; Moré 1999); null for an unconstrained run. */
        private final ProjectedNewtonStep projected;
        private final double[] step;
        private final StepOutcome.Accepted accepted = new StepOutcome.Accepted();
        private final StepOutcome.Rejected rejected = new StepOutcome.Rejected();
        private final StepOutcome.Failed failed = new StepOutcome.Failed();
        private double radius = initialRadius;
        /** True when the next call starts the trials of a new iterate. */
        private boolean newIterate = true;
        // the trials of the current iterate
        private double slack;
        private boolean anyFinite;
        private double firstPredicted;
        private boolean firstInterior;
        private boolean retried;
        private boolean resetRequested;
        /** The radius fell below Δ_min after the last refused trial. */
        private boolean collapsed;
        private boolean lastFinite;
        private double lastValue;
        private double lastRatio;

        RegionState(TrustRegionSolver.State subproblem, ProjectedNewtonStep projected, int n) {
            this.subproblem = subproblem;
            this.projected = projected;
            this.step = new double[n];
        }

        @Override
        public StepOutcome step(RunState st) {
            double[] x = st.point();
            double[] g = st.gradient();
            double f = st.value();
            double[] xt = st.trialPoint();
            double[] gt = st.trialGradient();
            CountingObjective objective = st.objective();
            if (newIterate) {
                newIterate = false;
                slack = 10 * Math.ulp(1.0) * Math.max(1, Math.abs(f));
                anyFinite = false;
                firstPredicted = Double.NaN;
                firstInterior = false;
                retried = false;
                collapsed = false;
            }
            if (resetRequested) {
                // the driver has reset the model: retry from the initial radius, once
                resetRequested = false;
                retried = true;
                collapsed = false;
                radius = initialRadius;
                firstPredicted = Double.NaN;
            } else if (collapsed) {
                if (!retried) {
                    resetRequested = true;
                    return StepOutcome.RetryAfterReset.INSTANCE;
                }
                return giveUp(st);
            }
            double m = projected == null ? subproblem.solve(x, g, radius, step)
                    : projected.solve(x, g, radius, xt, step);
            if (!Double.isFinite(m)) {
                newIterate = true;
                return failed.set(TerminationReason.NON_FINITE, "the trust-region model is not"
                        + " finite at iteration " + st.iteration() + " (m(p) = " + m + ")");
            }
            double stepNorm;
            if (projected == null) {
                stepNorm = Vectors.norm2(step);
                Vectors.addScaled(x, 1, step, xt);
            } else {
                stepNorm = projected.scaledStepNorm();
            }
            // ∇f at a trial is needed only if the trial is accepted (or for the rejected-step
            // update of the model), so it is evaluated then, as SciPy's trust methods do.
            double ft = rejectedStepUpdates ? objective.valueAndGradient(xt, gt) : objective.value(xt);
            boolean finite = Double.isFinite(ft) && (!rejectedStepUpdates || Vectors.allFinite(gt));
            double predicted = -m;
            if (Double.isNaN(firstPredicted)) {
                firstPredicted = predicted;
                firstInterior = stepNorm < BOUNDARY_FRACTION * radius;
            }
            double rho;
            if (!finite || !(predicted > 0)) {
                rho = Double.NEGATIVE_INFINITY;
            } else if (ft <= f) {
                rho = (f - ft + slack) / (predicted + slack);
            } else {
                rho = (f - ft) / predicted; // an increase is never excused as rounding
            }
            if (rho > eta && !rejectedStepUpdates) {
                objective.gradient(xt, gt);
                if (!Vectors.allFinite(gt)) { // the trial is unusable after all
                    finite = false;
                    rho = Double.NEGATIVE_INFINITY;
                }
            }
            anyFinite |= finite;
            double used = radius;
            if (rho < POOR_RATIO) {
                radius = SHRINK * Math.min(radius, stepNorm);
            } else if (rho > GOOD_RATIO && stepNorm >= BOUNDARY_FRACTION * radius) {
                radius = Math.min(EXPAND * radius, maxRadius);
            }
            st.describeStep(DirectionKind.TRUST_REGION, Double.NaN, Double.NaN, used, rho,
                    projected == null ? subproblem.innerIterations() : projected.innerIterations());
            if (LOG.isTraceEnabled()) {
                LOG.trace("iteration {}: Δ = {}, ‖p‖ = {}, ρ = {}, Δ → {}", st.iteration(), used,
                        stepNorm, rho, radius);
            }
            if (rho > eta) {
                newIterate = true;
                return accepted.set(ft, 1.0);
            }
            lastFinite = finite;
            lastValue = ft;
            lastRatio = rho;
            collapsed = !(radius >= minRadius * Math.max(1,
                    projected == null ? Vectors.norm2(x) : projected.scaledNorm(x)));
            return rejected.set(ft, step, rejectedStepUpdates && finite);
        }

        /**
         * Ends the run after the region collapsed: keeps the last trial if it lowered f at all,
         * and reports the precision limit when the iteration's first trial was the model's
         * interior minimizer with a predicted decrease below f's rounding level.
         */
        @Override
        public StepOutcome.Failed giveUp(RunState st) {
            newIterate = true;
            resetRequested = false;
            double f = st.value();
            double[] xt = st.trialPoint();
            double[] gt = st.trialGradient();
            boolean moved = false;
            if (lastFinite && lastValue < f) {
                if (!rejectedStepUpdates) {
                    st.objective().gradient(xt, gt);
                }
                moved = Vectors.allFinite(gt);
            }
            if (anyFinite && firstInterior && firstPredicted <= st.valueNoise()) {
                // f's precision limit; the driver accepts it as converged only where the
                // gradient is small or explained by f's noise (else the run has stalled)
                return failed.set(TerminationReason.VALUE_TOLERANCE, String.format("no decrease"
                        + " of f is measurable: the model predicted %.3e ≤ ε_f = %.3e, f's"
                        + " rounding noise", firstPredicted, st.valueNoise()), moved, lastValue,
                        1.0);
            }
            return failed.set(anyFinite ? TerminationReason.TRUST_REGION_COLLAPSED
                    : TerminationReason.NON_FINITE, String.format("the trust radius fell to"
                    + " %.3e at iteration %d without an acceptable step (last ρ = %.3e)", radius,
                    st.iteration(), lastRatio), moved, lastValue, 1.0);
        }
    }
}
