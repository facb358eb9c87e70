package dev.curvature.fit;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.InitialStep;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.api.spi.Vectors;
import dev.curvature.diagnostics.HessianAnalysis;
import dev.curvature.linesearch.LineSearchGlobalization;
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
     * Minimizes ½‖r(p)‖² from {@code p0}, then estimates the covariance σ²(JᵀJ)⁻¹ at the best point
     * found. Never throws for numerical trouble: an unsuccessful run is reported by
     * {@code result.optimization().termination()}, an unavailable covariance by
     * {@link FitResult#covarianceStatus()}.
     *
     * @param problem the residuals and Jacobian; used by this fit only while it runs
     * @param p0 the start, of length {@code problem.parameters()}, finite; not modified
     * @param options the method and tolerances
     * @throws IllegalArgumentException for null arguments, fewer observations than parameters,
     *     or a bad {@code p0}
     */
    public static FitResult fit(ResidualModel problem, double[] p0, FitOptions options) {
        Checks.notNull(options, "options");
        LeastSquaresObjective objective = LeastSquaresObjective.of(problem);
        int n = objective.dimension();
        int m = problem.observations();
        Checks.finitePoint(p0, n, "p0");
        OptimizationResult run = optimizer(options).minimize(objective, p0);
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
                covariance = CovarianceEstimator.leastSquares(jacobian, rss);
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
        FitResult result = new FitResult(p, residuals, rss, m - n, covariance, analysis, run,
                objective.residualEvaluations(), objective.jacobianEvaluations());
        LOG.debug("least-squares fit: {}", result);
        return result;
    }

    /**
     * The optimizer {@link #fit} runs, for minimizing a {@link LeastSquaresObjective} directly (for example
     * with a listener): the options' curvature and line search from α = 1, wrapped in the
     * least-squares stopping tests, under the options' criteria.
     */
    public static IterativeOptimizer optimizer(FitOptions options) {
        Checks.notNull(options, "options");
        String name = options.curvature() instanceof GaussNewton ? "gauss-newton"
                : "levenberg-marquardt";
        return new IterativeOptimizer(name, options.curvature(),
                new LeastSquaresStopping(
                        new LineSearchGlobalization(options.lineSearch(), InitialStep.UNIT),
                        options.relativeOffsetTolerance(), options.scaledStepTolerance()),
                options.criteria());
    }
}
