package dev.curvature.fit;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.Vectors;
import dev.curvature.diagnostics.HessianAnalysis;
import dev.curvature.newton.NewtonMethods;
import org.ejml.data.DMatrixRMaj;

/**
 * Maximum-likelihood estimation: minimizes a negative log-likelihood with exact Hessians and
 * estimates the covariance of the estimate by the inverse observed information H(θ̂)⁻¹ (Cox &amp;
 * Hinkley, <i>Theoretical Statistics</i>, 1974, ch. 9). Stateless.
 *
 * <p>Default optimizer: damped Newton ({@link NewtonMethods#damped()}: exact Hessian, Cholesky with
 * added identity when not positive definite, and Moré–Thuente's strong-Wolfe line search with
 * μ = 10⁻⁴, η = 0.9 from α₀ = 1, which may lengthen the step, takes its best sufficient-decrease
 * trial when it ends on a limit, and ends when a later trial's promised decrease is below f's
 * rounding level) with criteria: the absolute
 * gradient test off, a relative one ‖∇f‖∞ ≤ 10⁻¹⁰·max(1, |f|) instead. A log-likelihood is a sum
 * over observations and so is its gradient, so their ratio does not grow with the sample size;
 * the rounding floor of that ratio is about ε times the size of the covariates, far below 10⁻¹⁰,
 * and at the threshold the remaining Newton correction is negligible against the standard errors.
 * Newton's quadratic convergence usually overshoots it by orders of magnitude anyway.
 */
public final class MaximumLikelihood {
    private static final Optimizer DEFAULT = NewtonMethods.damped().withCriteria(
            ConvergenceCriteria.defaults().withGradientTolerance(0)
                    .withRelativeGradientTolerance(1e-10));

    private MaximumLikelihood() {
    }

    /** The default optimizer (see the class comment). */
    public static Optimizer defaultOptimizer() {
        return DEFAULT;
    }

    /**
     * Fits with {@link #defaultOptimizer()}.
     *
     * @see #fit(TwiceDifferentiable, double[], Optimizer)
     */
    public static LikelihoodFit fit(TwiceDifferentiable negativeLogLikelihood, double[] theta0) {
        return fit(negativeLogLikelihood, theta0, DEFAULT);
    }

    /**
     * Minimizes {@code negativeLogLikelihood} from {@code theta0} with {@code optimizer}, then
     * evaluates the Hessian at the best point and inverts it
     * ({@link CovarianceEstimator#inverseHessian(DMatrixRMaj, double)}), times c when the objective
     * is a {@link NegativeLogLikelihood} c·(−log L) — so the standard errors do not depend on the
     * {@linkplain LossScaling scaling}. For a {@link GeneralizedLinearModel} the data are then
     * checked for separation ({@link GeneralizedLinearModel#separation}); when they are separated
     * the estimate does not exist: the fit reports {@link LikelihoodFit#separation()},
     * {@link CovarianceStatus#SEPARATION} and no standard errors, and
     * {@link LikelihoodFit#converged()} is false. Never throws for numerical trouble: see
     * {@link LikelihoodFit#covarianceStatus()} and the run's termination.
     *
     * @throws IllegalArgumentException for null arguments, a bad {@code theta0}, or an objective
     *     whose Hessian at the estimate is not symmetric (a bug in the objective)
     */
    public static LikelihoodFit fit(TwiceDifferentiable negativeLogLikelihood, double[] theta0,
            Optimizer optimizer) {
        Checks.notNull(negativeLogLikelihood, "negativeLogLikelihood");
        Checks.notNull(optimizer, "optimizer");
        int n = Checks.positive(negativeLogLikelihood.dimension(), "negativeLogLikelihood.dimension()");
        Checks.finitePoint(theta0, n, "theta0");
        double scale = negativeLogLikelihood instanceof NegativeLogLikelihood nll
                ? nll.likelihoodScale() : 1;
        OptimizationResult run = optimizer.minimize(negativeLogLikelihood, theta0);
        double[] theta = run.point();
        DMatrixRMaj hessian = new DMatrixRMaj(n, n);
        ParameterCovariance covariance = null;
        HessianAnalysis analysis = null;
        Separation separation = Separation.NONE;
        boolean evaluated;
        try {
            negativeLogLikelihood.hessian(theta.clone(), hessian);
            evaluated = true;
        } catch (RuntimeException e) {
            evaluated = false;
            covariance = ParameterCovariance.unavailable(CovarianceStatus.NOT_FINITE,
                    "the Hessian could not be evaluated at the estimate: " + e);
        }
        if (evaluated) {
            covariance = CovarianceEstimator.inverseHessian(hessian, scale);
            if (Vectors.allFinite(hessian.data)) {
                analysis = HessianAnalysis.of(hessian);
            }
        }
        if (negativeLogLikelihood instanceof GeneralizedLinearModel glm) {
            GeneralizedLinearModel.SeparationCheck check = glm.separation(theta, analysis);
            separation = check.status();
            if (separation != Separation.NONE) {
                covariance = ParameterCovariance.unavailable(CovarianceStatus.SEPARATION,
                        check.message());
            }
        }
        return new LikelihoodFit(theta, run.value() / scale, covariance, analysis, run, separation,
                negativeLogLikelihood);
    }
}
