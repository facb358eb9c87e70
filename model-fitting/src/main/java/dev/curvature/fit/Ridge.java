package dev.curvature.fit;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.TwiceDifferentiable;
import org.ejml.data.DMatrixRMaj;

/**
 * An objective plus an L2 (ridge, Tikhonov) penalty: with P the set of penalized coefficients
 * (all of them unless some are {@linkplain #withoutPenaltyOn left out}, typically the intercept),
 * <pre>
 *   g(β)   = f(β) + (λ/2)·Σ_{j∈P} βⱼ²
 *   ∇g(β)  = ∇f(β) + λ·D·β
 *   ∇²g(β) = ∇²f(β) + λ·D,   D = diag(1 if j ∈ P else 0)
 * </pre>
 * (Hoerl &amp; Kennard, Technometrics 12, 1970; Hastie, Tibshirani &amp; Friedman, <i>The Elements
 * of Statistical Learning</i>, 2nd ed., §3.4.1, where the intercept is not penalized). λ is in
 * the units of f: added to a {@link LossScaling#MEAN mean} loss it is Spark MLlib's
 * {@code regParam}; added to a sum it is the prior precision of a Gaussian prior βⱼ ~ N(0, 1/λ).
 * For λ &gt; 0 on every coefficient g is strictly convex when f is convex, so a penalized
 * logistic or Poisson fit has an estimate even on separated data.
 *
 * <p>When f is a {@link NegativeLogLikelihood} c·(−log L), so is g (the same c, of the
 * penalized likelihood), and {@link MaximumLikelihood#fit} reports c·(∇²g)⁻¹: the Laplace
 * approximation of the posterior covariance under that prior, not the sandwich covariance of the
 * penalized estimator. Immutable; thread-safe when f is.
 */
public final class Ridge implements NegativeLogLikelihood {
    private final TwiceDifferentiable objective;
    private final double lambda;
    /** 1 for a penalized coefficient, 0 for one left out. */
    private final double[] penalized;

    private Ridge(TwiceDifferentiable objective, double lambda, double[] penalized) {
        this.objective = objective;
        this.lambda = lambda;
        this.penalized = penalized;
    }

    /**
     * f + (λ/2)·‖β‖², every coefficient penalized.
     *
     * @param objective f
     * @param lambda λ ≥ 0, finite
     * @throws IllegalArgumentException naming the argument when f is null or λ is negative or
     *     not finite
     */
    public static Ridge of(TwiceDifferentiable objective, double lambda) {
        Checks.notNull(objective, "objective");
        Checks.nonNegative(lambda, "lambda");
        int n = Checks.positive(objective.dimension(), "objective.dimension()");
        double[] all = new double[n];
        java.util.Arrays.fill(all, 1.0);
        return new Ridge(objective, lambda, all);
    }

    /**
     * The same penalty with the given coefficients left out (e.g. the intercept's index).
     *
     * @param indices coefficients not to penalize, each in [0, n)
     * @throws IllegalArgumentException naming {@code indices} when one is out of range
     */
    public Ridge withoutPenaltyOn(int... indices) {
        Checks.notNull(indices, "indices");
        double[] mask = penalized.clone();
        for (int j : indices) {
            if (j < 0 || j >= mask.length) {
                throw new IllegalArgumentException(
                        "indices: " + j + " is not in [0, " + mask.length + ")");
            }
            mask[j] = 0;
        }
        return new Ridge(objective, lambda, mask);
    }

    /** The unpenalized objective f. */
    public TwiceDifferentiable objective() {
        return objective;
    }

    /** λ. */
    public double lambda() {
        return lambda;
    }

    /** Whether coefficient j is penalized. */
    public boolean isPenalized(int j) {
        return penalized[j] != 0;
    }

    /** f's c when f is a {@link NegativeLogLikelihood}, else 1. */
    @Override
    public double likelihoodScale() {
        return objective instanceof NegativeLogLikelihood nll ? nll.likelihoodScale() : 1;
    }

    @Override
    public int dimension() {
        return penalized.length;
    }

    private double penalty(double[] beta) {
        double s = 0;
        for (int j = 0; j < penalized.length; j++) {
            s += penalized[j] * beta[j] * beta[j];
        }
        return 0.5 * lambda * s;
    }

    private void addPenaltyGradient(double[] beta, double[] out) {
        for (int j = 0; j < penalized.length; j++) {
            out[j] += lambda * penalized[j] * beta[j];
        }
    }

    @Override
    public double value(double[] beta) {
        return objective.value(beta) + penalty(beta);
    }

    @Override
    public void gradient(double[] beta, double[] gradientOut) {
        objective.gradient(beta, gradientOut);
        addPenaltyGradient(beta, gradientOut);
    }

    @Override
    public double valueAndGradient(double[] beta, double[] gradientOut) {
        double f = objective.valueAndGradient(beta, gradientOut);
        addPenaltyGradient(beta, gradientOut);
        return f + penalty(beta);
    }

    @Override
    public void hessian(double[] beta, DMatrixRMaj out) {
        objective.hessian(beta, out);
        for (int j = 0; j < penalized.length; j++) {
            out.unsafe_set(j, j, out.unsafe_get(j, j) + lambda * penalized[j]);
        }
    }

    @Override
    public void hessianVector(double[] beta, double[] v, double[] out) {
        objective.hessianVector(beta, v, out);
        addPenaltyGradient(v, out);
    }

    @Override
    public String toString() {
        int left = 0;
        for (double w : penalized) {
            left += w == 0 ? 1 : 0;
        }
        return "Ridge[λ = " + lambda + (left > 0 ? ", " + left + " coefficient(s) unpenalized" : "")
                + ", " + objective + "]";
    }
}
