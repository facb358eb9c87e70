package dev.curvature.fit;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.TwiceDifferentiable;
import org.ejml.data.DMatrixRMaj;

/**
 * An objective f(θ) = c·(−log L(θ)) that is a known positive multiple c of a negative
 * log-likelihood, so that {@link MaximumLikelihood#fit} can turn the inverse Hessian of f into the
 * covariance of θ̂ whatever the scaling: since ∇²f = c·∇²(−log L), the inverse observed
 * information is (∇²(−log L))⁻¹ = c·(∇²f)⁻¹ (Cox &amp; Hinkley, <i>Theoretical Statistics</i>,
 * 1974, §9.2). The mean of the row losses (c = 1/N, Spark MLlib's and most machine-learning
 * libraries' convention) and the sum (c = 1) then give identical standard errors; ignoring c
 * makes them √N times too large for the mean.
 *
 * <p>{@link LogisticRegression} and {@link PoissonRegression} implement it (see
 * {@link LossScaling}); any other objective can declare its multiple with
 * {@link #scaled(TwiceDifferentiable, double)}. A plain {@link TwiceDifferentiable} given to
 * {@link MaximumLikelihood#fit} is taken to be the negative log-likelihood itself (c = 1).
 */
public interface NegativeLogLikelihood extends TwiceDifferentiable {

    /** The multiple c &gt; 0 with f = c·(−log L): 1 for the sum, 1/N for the mean of N rows. */
    default double likelihoodScale() {
        return 1;
    }

    /**
     * Declares that {@code objective} is {@code scale}·(−log L): for example a distributed
     * objective that averages its row losses over N rows is {@code scaled(objective, 1.0 / N)}.
     * The returned objective forwards every call unchanged.
     *
     * @param objective the objective, already scaled by {@code scale}
     * @param scale c &gt; 0, finite
     * @throws IllegalArgumentException naming the argument when it is null or c is not positive
     */
    static NegativeLogLikelihood scaled(TwiceDifferentiable objective, double scale) {
        Checks.notNull(objective, "objective");
        Checks.positive(scale, "scale");
        return new NegativeLogLikelihood() {
            @Override
            public double likelihoodScale() {
                return scale;
            }

            @Override
            public int dimension() {
                return objective.dimension();
            }

            @Override
            public double value(double[] x) {
                return objective.value(x);
            }

            @Override
            public void gradient(double[] x, double[] gradientOut) {
                objective.gradient(x, gradientOut);
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradientOut) {
                return objective.valueAndGradient(x, gradientOut);
            }

            @Override
            public void hessian(double[] x, DMatrixRMaj out) {
                objective.hessian(x, out);
            }

            @Override
            public void hessianVector(double[] x, double[] v, double[] out) {
                objective.hessianVector(x, v, out);
            }

            @Override
            public String toString() {
                return scale + "·(−log L) = " + objective;
            }
        };
    }
}
