package dev.curvature.linesearch;

import dev.curvature.api.Bounds;
import dev.curvature.api.DirectionKind;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.CurvatureProvider;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.Globalization;
import dev.curvature.api.spi.InitialStep;
import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.LineSearchStatus;
import dev.curvature.api.spi.RunState;
import dev.curvature.api.spi.StepOutcome;
import dev.curvature.api.spi.Vectors;

/**
 * Line-search globalization (Nocedal &amp; Wright ch. 3): step along the model's direction
 * p_k = −B_k⁻¹g_k by a length α chosen by a {@link LineSearch}.
 *
 * <p>A direction of negative curvature ({@link DirectionStatus#NEGATIVE_CURVATURE}, taken to leave
 * a saddle) is searched with the model's decrease rate gᵀd + ½dᵀBd in place of φ'(0), so the
 * sufficient-decrease test asks for a fraction of the decrease the quadratic model predicts
 * (after Moré &amp; Sorensen 1979, "On the use of directions of negative curvature in a modified
 * Newton method", Math. Program. 16:1).
 *
 * <p>Failure handling: when p_k is not a descent direction or the search finds no acceptable
 * step, the step asks the driver to reset the curvature model and retry once (along scaled
 * steepest descent). If that fails too, or the model cannot be reset, the run ends after moving
 * to the best point seen along the last line when it lowered f: with
 * {@link TerminationReason#NON_FINITE} when φ was never finite; with
 * {@link TerminationReason#VALUE_TOLERANCE} when the decrease the direction promises, |gᵀp|, is
 * below f's rounding noise ε_f ({@link RunState#valueNoise()}: 10ε|f|, or the objective's own
 * estimate) — the precision f can resolve, which the driver accepts as convergence only where the
 * gradient is small or explained by that noise, and otherwise reports as
 * {@link TerminationReason#STALLED} (SciPy's "precision loss"); also with
 * {@link TerminationReason#VALUE_TOLERANCE} when the first-order measure is already within 10³ of
 * its tolerance ({@link RunState#firstOrderNearTolerance()}), where the failure of both searches
 * says that f's true noise — above 10ε|f| when f sums terms with cancellation — is reached, the
 * standard by which the driver accepts any value-tolerance stop; with
 * {@link TerminationReason#LINE_SEARCH_FAILED} otherwise.
 *
 * <p>Under bounds ({@link RunState#bounds()}): the direction comes from the model's
 * {@link CurvatureModel#boundedDirection} (for L-BFGS-B, the step to the subspace minimizer from
 * the generalized Cauchy point), the search is kept in [0, α_max], α_max the largest step along
 * it inside the box, and the first trial is min(α₀, α_max) — the line search of L-BFGS-B
 * (Byrd, Lu, Nocedal &amp; Zhu 1995, §3; Algorithm 778's {@code lnsrlb}). This needs a model that
 * provides such directions and a search that honours α_max ({@link #acceptsBounds}).
 */
public final class LineSearchGlobalization implements Globalization {
    private final LineSearch lineSearch;
    private final InitialStep initialStep;

    /**
     * @param lineSearch the step-length rule
     * @param initialStep the first trial α of each search
     */
    public LineSearchGlobalization(LineSearch lineSearch, InitialStep initialStep) {
        this.lineSearch = Checks.notNull(lineSearch, "lineSearch");
        this.initialStep = Checks.notNull(initialStep, "initialStep");
    }

    public LineSearch lineSearch() {
        return lineSearch;
    }

    public InitialStep initialStep() {
        return initialStep;
    }

    @Override
    public State start(RunState state) {
        return new LineState(lineSearch.start(), initialStep.start(), new Ray(state),
                lineSearch.requiresDescent(), state.bounds() != null && state.bounds().boxed());
    }

    /**
     * Refuses a secant update with a search that does not enforce the curvature condition (as
     * Ceres's {@code Solver::Options::IsValid} refuses BFGS with Armijo backtracking).
     */
    @Override
    public void validate(CurvatureProvider curvature) {
        if (curvature.needsCurvatureCondition() && !lineSearch.enforcesCurvatureCondition()) {
            throw new IllegalArgumentException("lineSearch: " + curvature + " is a secant update"
                    + " that needs sᵀy > 0 at every step, which only a Wolfe line search"
                    + " guarantees (N&W §6.1); " + lineSearch + " tests sufficient decrease only."
                    + " Use MoreThuente, StrongWolfe or HagerZhang.");
        }
    }

    /** Bounds need a model that computes bounded directions and a search that honours α_max. */
    @Override
    public boolean acceptsBounds(CurvatureProvider curvature) {
        return curvature.providesBoundedDirection() && lineSearch.honoursMaxStep();
    }

    @Override
    public String toString() {
        return lineSearch.toString();
    }

    private static final class LineState implements State {
        private final LineSearch.State search;
        private final InitialStep.State guess;
        private final Ray ray;
        private final boolean requiresDescent;
        private final StepOutcome.Accepted accepted = new StepOutcome.Accepted();
        private final StepOutcome.Failed failed = new StepOutcome.Failed();
        /** Bd for a direction of negative curvature (allocated on first use). */
        private double[] curvatureProduct;
        /** ‖p‖∞ of the current direction, set with the slope gᵀp. */
        private double directionNorm;
        /** True while the retry after a model reset is under way. */
        private boolean retried;
        /** f_{k−1} − f_k of the last accepted step (0 before the first). */
        private double lastDecrease;
        /** The last failed search, for {@link #giveUp}. */
        private LineSearchStatus lastStatus;
        private String lastDetail;
        private double lastSlope;
        /** Whether every variable of the run's box has two finite bounds. */
        private final boolean boxed;

        LineState(LineSearch.State search, InitialStep.State guess, Ray ray,
                boolean requiresDescent, boolean boxed) {
            this.search = search;
            this.guess = guess;
            this.ray = ray;
            this.requiresDescent = requiresDescent;
            this.boxed = boxed;
        }

        @Override
        public StepOutcome step(RunState st) {
            CurvatureModel model = st.model();
            double[] x = st.point();
            double[] g = st.gradient();
            double[] p = st.direction();
            Bounds bounds = st.bounds();
            DirectionStatus ds = bounds == null ? model.direction(x, g, p)
                    : model.boundedDirection(x, g, bounds, p);
            if (ds == DirectionStatus.SINGULAR) {
                return failed.set(TerminationReason.SINGULAR_HESSIAN,
                        "the Newton system is singular at iteration " + st.iteration());
            }
            if (ds == DirectionStatus.NON_FINITE) {
                return failed.set(TerminationReason.NON_FINITE,
                        "the curvature model has non-finite entries at iteration " + st.iteration());
            }
            double slope0 = slopeAndDirectionNorm(g, p);
            if (ds == DirectionStatus.NEGATIVE_CURVATURE) {
                // Leaving a saddle: gᵀd may be 0, so measure decrease by the model's rate
                // gᵀd + ½dᵀBd (Moré & Sorensen 1979, second-order Armijo rule at α = 1).
                if (curvatureProduct == null) {
                    curvatureProduct = new double[p.length];
                }
                model.multiply(x, g, p, curvatureProduct);
                slope0 = Math.min(slope0, 0) + 0.5 * Vectors.dot(p, curvatureProduct);
            }
            DirectionKind kind = retried ? DirectionKind.AFTER_RESET
                    : ds == DirectionStatus.NEGATIVE_CURVATURE ? DirectionKind.NEGATIVE_CURVATURE
                    : DirectionKind.MODEL;
            double alphaMax = bounds == null ? Double.POSITIVE_INFINITY : bounds.maxStep(x, p);
            if (bounds != null && st.iteration() == 0) {
                alphaMax = Math.min(alphaMax, 1); // d leads to a point of the box (lnsrlb)
            }
            ray.begin(alphaMax);
            LineSearchStatus status;
            String detail;
            double alpha0 = Double.NaN;
            if (!Double.isFinite(slope0) || (requiresDescent && !(slope0 < 0))) {
                status = LineSearchStatus.NOT_DESCENT;
                detail = "the direction is not a descent direction (gᵀp = " + slope0 + ")";
            } else if (!(alphaMax > 0)) {
                status = LineSearchStatus.NOT_DESCENT;
                detail = "the direction leaves the box at once (α_max = " + alphaMax + ")";
            } else {
                alpha0 = bounds == null
                        ? guess.initial(st.iteration(), st.value(), slope0, directionNorm)
                        : guess.initialInBox(st.iteration(), st.value(), slope0, directionNorm,
                                Vectors.norm2(p), boxed);
                if (retried && lastDecrease > 0) {
                    // After a reset the direction carries the old model's scale, which is what
                    // failed: start from the step that promises the last iteration's decrease
                    // (N&W (3.60), α₀ = 2(f_{k−1} − f_k)/|φ'(0)|) when that is longer.
                    alpha0 = Math.max(alpha0, 2 * lastDecrease / -slope0);
                }
                alpha0 = Math.min(alpha0, alphaMax);
                status = search.search(ray, st.value(), slope0, alpha0);
                if (status == LineSearchStatus.SUCCESS) {
                    double alpha = search.step();
                    if (ray.gradientAt(alpha)) {
                        guess.accepted(alpha, st.value(), slope0);
                        st.describeStep(kind, slope0, alpha0, Double.NaN, Double.NaN,
                                model.innerIterations());
                        retried = false;
                        lastDecrease = st.value() - search.value();
                        return accepted.set(search.value(), alpha);
                    }
                    status = LineSearchStatus.NON_FINITE;
                    detail = "the gradient is not finite at the accepted step α = " + alpha;
                } else {
                    detail = "line search ended with " + status + " (gᵀp = " + slope0 + ")";
                }
            }
            st.describeStep(kind, slope0, alpha0, Double.NaN, Double.NaN, model.innerIterations());
            lastStatus = status;
            lastDetail = detail;
            lastSlope = slope0;
            if (!retried) {
                retried = true;
                return StepOutcome.RetryAfterReset.INSTANCE;
            }
            return giveUp(st);
        }

        @Override
        public StepOutcome.Failed giveUp(RunState st) {
            retried = false;
            boolean nearTolerance = st.firstOrderNearTolerance();
            boolean moved = keepBest(st);
            if (lastStatus != LineSearchStatus.NON_FINITE && lastSlope <= 0
                    && -lastSlope <= st.valueNoise()) {
                // f's precision limit; the driver accepts it as converged only where the
                // gradient is small or explained by f's noise (else the run has stalled)
                return failed.set(TerminationReason.VALUE_TOLERANCE, String.format("no decrease"
                        + " of f is measurable: |gᵀp| = %.3e ≤ ε_f = %.3e, f's rounding noise"
                        + " (%s)", -lastSlope, st.valueNoise(), lastDetail), moved,
                        ray.bestValue(), ray.bestAlpha());
            }
            if (lastStatus != LineSearchStatus.NON_FINITE && nearTolerance) {
                // both searches failed where the first-order measure is already within 10³ of
                // its tolerance: f's precision (its true noise, which 10ε|f| underestimates for
                // sums with cancellation) is the likely limit, as at a value-tolerance stop
                return failed.set(TerminationReason.VALUE_TOLERANCE, String.format("no"
                        + " acceptable step where the first-order measure %.3e is already within"
                        + " 10³ × its tolerance: f's precision is the limit (%s)",
                        st.projectedGradientNorm(), lastDetail), moved, ray.bestValue(),
                        ray.bestAlpha());
            }
            return failed.set(lastStatus == LineSearchStatus.NON_FINITE
                    ? TerminationReason.NON_FINITE : TerminationReason.LINE_SEARCH_FAILED,
                    lastDetail, moved, ray.bestValue(), ray.bestAlpha());
        }

        /**
         * gᵀp, and ‖p‖∞ into {@link #directionNorm}, in one pass over g and p (the sum in index
         * order, as {@link Vectors#dot}).
         */
        private double slopeAndDirectionNorm(double[] g, double[] p) {
            double slope = 0;
            double norm = 0; // as Vectors.normInf: Math.max propagates NaN
            for (int i = 0; i < p.length; i++) {
                double pi = p[i];
                slope += g[i] * pi;
                norm = Math.max(norm, Math.abs(pi));
            }
            directionNorm = norm;
            return slope;
        }

        /**
         * Leaves the best point seen along the last line in the trial arrays, if it lowered f.
         *
         * @return true when there is such a point to move to
         */
        private boolean keepBest(RunState st) {
            double alpha = ray.bestAlpha();
            return alpha > 0 && ray.bestValue() < st.value() && ray.gradientAt(alpha);
        }
    }
}
