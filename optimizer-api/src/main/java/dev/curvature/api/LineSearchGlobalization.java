package dev.curvature.api;

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
 * step, the curvature model is reset and the step retried once along (scaled) steepest descent.
 * If that fails too, the run ends after moving to the best point seen along the last line when it
 * lowered f: with {@link TerminationReason#NON_FINITE} when φ was never finite; with
 * {@link TerminationReason#VALUE_TOLERANCE} when the decrease the direction promises, |gᵀp|, is
 * below f's rounding level 10ε|f| (the run has reached the precision f can resolve, the
 * situation SciPy reports as "precision loss"); with {@link TerminationReason#LINE_SEARCH_FAILED}
 * otherwise.
 */
public final class LineSearchGlobalization implements Globalization {
    /** 10ε: a decrease below 10ε|f| cannot be told from rounding in f. */
    static final double ROUNDING = 10 * Math.ulp(1.0);

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
    public Session start(RunState state) {
        return new LineSession(lineSearch.start(), initialStep.start(), new Ray(state),
                lineSearch.requiresDescent());
    }

    @Override
    public String toString() {
        return lineSearch.toString();
    }

    private static final class LineSession implements Session {
        private final LineSearch.Search search;
        private final InitialStep.Guess guess;
        private final Ray ray;
        private final boolean requiresDescent;
        /** ‖p‖∞ of the current direction, set with the slope gᵀp. */
        private double directionNorm;

        LineSession(LineSearch.Search search, InitialStep.Guess guess, Ray ray,
                boolean requiresDescent) {
            this.search = search;
            this.guess = guess;
            this.ray = ray;
            this.requiresDescent = requiresDescent;
        }

        @Override
        public void step(RunState st) {
            CurvatureModel model = st.model();
            boolean retried = false;
            while (true) {
                DirectionStatus ds = model.direction(st.x, st.g, st.direction);
                if (ds == DirectionStatus.SINGULAR) {
                    st.fail(TerminationReason.SINGULAR_HESSIAN,
                            "the Newton system is singular at iteration " + st.iteration);
                    return;
                }
                if (ds == DirectionStatus.NON_FINITE) {
                    st.fail(TerminationReason.NON_FINITE,
                            "the curvature model has non-finite entries at iteration " + st.iteration);
                    return;
                }
                double slope0 = slopeAndDirectionNorm(st.g, st.direction);
                if (ds == DirectionStatus.NEGATIVE_CURVATURE) {
                    // Leaving a saddle: gᵀd may be 0, so measure decrease by the model's rate
                    // gᵀd + ½dᵀBd (Moré & Sorensen 1979, second-order Armijo rule at α = 1).
                    model.multiply(st.x, st.g, st.direction, st.s);
                    slope0 = Math.min(slope0, 0) + 0.5 * Vectors.dot(st.direction, st.s);
                }
                ray.begin();
                LineSearchStatus status;
                String detail;
                if (!Double.isFinite(slope0) || (requiresDescent && !(slope0 < 0))) {
                    status = LineSearchStatus.NOT_DESCENT;
                    detail = "the direction is not a descent direction (gᵀp = " + slope0 + ")";
                } else {
                    double alpha0 = guess.initial(st.iteration, st.f, slope0, directionNorm);
                    status = search.search(ray, st.f, slope0, alpha0);
                    if (status == LineSearchStatus.SUCCESS) {
                        double alpha = search.step();
                        if (ray.gradientAt(alpha)) {
                            guess.accepted(alpha, st.f, slope0);
                            st.acceptTrial(search.value(), alpha);
                            return;
                        }
                        status = LineSearchStatus.NON_FINITE;
                        detail = "the gradient is not finite at the accepted step α = " + alpha;
                    } else {
                        detail = "line search ended with " + status + " (gᵀp = " + slope0 + ")";
                    }
                }
                if (!retried && model.reset()) {
                    retried = true;
                    continue;
                }
                keepBest(st);
                if (status != LineSearchStatus.NON_FINITE && belowRounding(slope0, st.f)) {
                    st.fail(TerminationReason.VALUE_TOLERANCE, String.format("no decrease of f is"
                            + " measurable: |gᵀp| = %.3e ≤ 10ε|f| = %.3e (%s)", -slope0,
                            ROUNDING * Math.abs(st.f), detail));
                    return;
                }
                st.fail(status == LineSearchStatus.NON_FINITE ? TerminationReason.NON_FINITE
                        : TerminationReason.LINE_SEARCH_FAILED, detail);
                return;
            }
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

        /** True when the first-order decrease |gᵀp| along the line is below f's rounding level. */
        private static boolean belowRounding(double slope0, double f) {
            return slope0 <= 0 && -slope0 <= ROUNDING * Math.abs(f);
        }

        /** Moves to the best point seen along the last line, if it lowered f. */
        private void keepBest(RunState st) {
            double alpha = ray.bestAlpha();
            if (alpha > 0 && ray.bestValue() < st.f && ray.gradientAt(alpha)) {
                st.acceptTrial(ray.bestValue(), alpha);
            }
        }
    }
}
