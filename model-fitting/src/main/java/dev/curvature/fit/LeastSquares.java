package dev.curvature.fit;

import dev.curvature.api.Bounds;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.InitialStep;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.api.spi.Vectors;
import dev.curvature.diagnostics.HessianAnalysis;
import dev.curvature.linesearch.LineSearchGlobalization;
import dev.curvature.trustregion.TrustRegion;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nonlinear least-squares fitting: minimizes ½‖r(p)‖² with the shared driver and reports the
 * estimate with its statistics (Nocedal &amp; Wright, 2nd ed., ch. 10; Bates &amp; Watts 1988).
 *
 * <p>The method is a {@link LeastSquaresCurvature} ({@link LevenbergMarquardt} by default) with a
 * backtracking line search from α = 1 and the least-squares stopping tests (relative offset,
 * scaled step) in addition to the driver's criteria; see {@link FitOptions} for every default and
 * its reason. Stateless; every fit allocates its own run state, so fits may run concurrently on
 * different problems.
 */
public final class LeastSquares {
    private static final Logger LOG = LoggerFactory.getLogger(LeastSquares.class);

    private LeastSquares() {
    }

    /**
     * Fits with {@link FitOptions#defaults()}.
     *
     * @see #fit(ResidualModel, double[], FitOptions)
     */
    public static FitResult fit(ResidualModel problem, double[] p0) {
        return fit(problem, p0, FitOptions.defaults());
    }

    /**
     * Fits with {@link FitOptions#defaults()} within the bounds l ≤ p ≤ u: a bounded
     * Levenberg–Marquardt fit ({@link FitOptions#withBounds}).
     *
     * @see #fit(ResidualModel, double[], FitOptions)
     */
    public static FitResult fit(ResidualModel problem, double[] p0, Bounds bounds) {
        return fit(problem, p0, FitOptions.defaults().withBounds(Checks.notNull(bounds, "bounds")));
    }

    /**
     * Minimizes ½‖r(p)‖² from {@code p0}, then estimates the covariance σ²(JᵀJ)⁻¹ at the best point
     * found. Never throws for numerical trouble: an unsuccessful run is reported by
     * {@code result.optimization().termination()}, an unavailable covariance by
     * {@link FitResult#covarianceStatus()}.
     *
     * <p>With {@link FitOptions#withBounds bounds}, a start outside them is projected onto them
     * and the parameters that end on a bound ({@link FitResult#parametersAtBounds()}) are not
     * estimated in the usual sense: the covariance is that of the free parameters with those held
     * at their bounds ({@link CovarianceEstimator#leastSquares(DMatrixRMaj, double, int[])}), NaN
     * in their rows and columns, and σ² has m − (free parameters) degrees of freedom.
     *
     * @param problem the residuals and Jacobian; used by this fit only while it runs
     * @param p0 the start, of length {@code problem.parameters()}, finite; not modified
     * @param options the method and tolerances
     * @throws IllegalArgumentException for null arguments, fewer observations than parameters,
     *     a bad {@code p0}, or bounds of another dimension than the problem's parameters
     */
    public static FitResult fit(ResidualModel problem, double[] p0, FitOptions options) {
        Checks.notNull(options, "options");
        LeastSquaresObjective objective = LeastSquaresObjective.of(problem);
        int n = objective.dimension();
        int m = problem.observations();
        Checks.finitePoint(p0, n, "p0");
        Bounds bounds = options.bounds();
        if (bounds != null && bounds.dimension() != n) {
            throw new IllegalArgumentException("bounds has dimension " + bounds.dimension()
                    + " but the problem has " + n + " parameters");
        }
        OptimizationResult run = isBounded(options)
                ? optimizer(options).minimize(objective, p0, bounds)
                : optimizer(options).minimize(objective, p0);
        int[] atBounds = run.activeSet();
        double[] p = run.point();
        double[] residuals = new double[m];
        DMatrixRMaj jacobian = new DMatrixRMaj(m, n);
        ParameterCovariance covariance;
        HessianAnalysis analysis = null;
        double rss;
        try {
            if (!objective.copyEvaluationAt(p, residuals, jacobian)) {
                objective.valueAndGradient(p, new double[n]);
                objective.copyEvaluationAt(p, residuals, jacobian);
            }
            rss = 2 * LeastSquaresObjective.halfSquaredNorm(residuals);
            if (!Double.isFinite(rss) || !Vectors.allFinite(jacobian.data)) {
                covariance = ParameterCovariance.unavailable(CovarianceStatus.NOT_FINITE,
                        "the residuals or the Jacobian at the estimate are not finite");
            } else if (!run.converged()) {
                covariance = ParameterCovariance.unavailable(CovarianceStatus.NOT_CONVERGED,
                        "the fit did not converge (" + run.termination() + ")");
            } else {
                covariance = CovarianceEstimator.leastSquares(jacobian, rss, atBounds);
                DMatrixRMaj normal = new DMatrixRMaj(n, n);
                CommonOps_DDRM.multTransA(jacobian, jacobian, normal);
                if (Vectors.allFinite(normal.data)) {
                    analysis = HessianAnalysis.of(normal);
                }
            }
        } catch (RuntimeException e) {
            rss = 2 * run.value();
            covariance = ParameterCovariance.unavailable(CovarianceStatus.NOT_FINITE,
                    "the problem threw at the estimate: " + e);
        }
        FitResult result = new FitResult(p, residuals, rss, m - (n - atBounds.length), covariance,
                analysis, run, objective.residualEvaluations(), objective.jacobianEvaluations(),
                atBounds);
        LOG.debug("least-squares fit: {}", result);
        return result;
    }

    /**
     * The optimizer {@link #fit} runs, for minimizing a {@link LeastSquaresObjective} directly (for example
     * with a listener): the options' curvature and line search from α = 1, wrapped in the
     * least-squares stopping tests, under the options' criteria. With finite
     * {@link FitOptions#bounds()}: {@code bounded-levenberg-marquardt}, the Gauss–Newton model
     * JᵀJ in {@link TrustRegion}'s projected trust region (Moré 1978's trust-region view of
     * Levenberg–Marquardt; Lin &amp; Moré 1999 in the box), with the same stopping tests; call its
     * {@code minimize(objective, p0, bounds)}.
     */
    public static IterativeOptimizer optimizer(FitOptions options) {
        Checks.notNull(options, "options");
        if (isBounded(options)) {
            return new IterativeOptimizer("bounded-levenberg-marquardt", GaussNewton.defaults(),
                    new LeastSquaresStopping(TrustRegion.defaults(),
                            options.relativeOffsetTolerance(), options.scaledStepTolerance()),
                    options.criteria());
        }
        String name = options.curvature() instanceof GaussNewton ? "gauss-newton"
                : "levenberg-marquardt";
        return new IterativeOptimizer(name, options.curvature(),
                new LeastSquaresStopping(
                        new LineSearchGlobalization(options.lineSearch(), InitialStep.UNIT),
                        options.relativeOffsetTolerance(), options.scaledStepTolerance()),
                options.criteria());
    }

    private static boolean isBounded(FitOptions options) {
        return options.bounds() != null && options.bounds().hasFiniteBound();
    }
}
