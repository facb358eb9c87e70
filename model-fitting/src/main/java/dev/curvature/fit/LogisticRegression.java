package dev.curvature.fit;

import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.Checks;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * The negative log-likelihood of logistic regression, with exact gradient and Hessian
 * (McCullagh &amp; Nelder, <i>Generalized Linear Models</i>, 2nd ed., ch. 4; Hastie, Tibshirani
 * &amp; Friedman, <i>The Elements of Statistical Learning</i>, §4.4.1). For a design matrix X
 * (rows xᵢ, one column per coefficient, an intercept being a column of ones) and outcomes
 * yᵢ ∈ {0, 1}, with ηᵢ = xᵢᵀθ and σ the logistic function:
 * <pre>
 *   f(θ)   = Σᵢ [log(1 + e^{ηᵢ}) − yᵢηᵢ]
 *   ∇f(θ)  = Xᵀ(σ(η) − y)
 *   ∇²f(θ) = Xᵀ W X,  W = diag(σ(ηᵢ)(1 − σ(ηᵢ)))
 * </pre>
 * log(1 + e^η) is evaluated as max(η, 0) + log1p(e^{−|η|}), which neither overflows nor loses
 * the small terms. f is convex; its Hessian is positive definite when X has full column rank and
 * the data are not separable. Minimize it with {@link MaximumLikelihood#fit}; the inverse Hessian
 * at the minimizer estimates the covariance of θ̂.
 *
 * <p>Immutable and thread-safe: the data are copied, and evaluations use no shared work arrays
 * (each row is processed on the fly; nothing is allocated per evaluation).
 */
public final class LogisticRegression implements TwiceDifferentiable {
    private final DMatrixRMaj design;
    private final double[] outcomes;
    private final int rows;
    private final int p;

    private LogisticRegression(DMatrixRMaj design, double[] outcomes) {
        this.design = design;
        this.outcomes = outcomes;
        this.rows = design.numRows;
        this.p = design.numCols;
    }

    /**
     * The negative log-likelihood for design X and outcomes y (both copied).
     *
     * @param design the N×p design matrix X, N ≥ 1, p ≥ 1, finite
     * @param outcomes N outcomes, each 0 or 1
     * @throws IllegalArgumentException naming the offending argument
     */
    public static LogisticRegression of(DMatrixRMaj design, double[] outcomes) {
        Checks.notNull(design, "design");
        Checks.notNull(outcomes, "outcomes");
        Checks.positive(design.numRows, "design.numRows");
        Checks.positive(design.numCols, "design.numCols");
        if (outcomes.length != design.numRows) {
            throw new IllegalArgumentException("outcomes has length " + outcomes.length
                    + " but design has " + design.numRows + " rows");
        }
        for (int i = 0; i < design.numRows; i++) {
            for (int j = 0; j < design.numCols; j++) {
                if (!Double.isFinite(design.unsafe_get(i, j))) {
                    throw new IllegalArgumentException("design(" + i + "," + j + ") is not finite: "
                            + design.unsafe_get(i, j));
                }
            }
            if (outcomes[i] != 0 && outcomes[i] != 1) {
                throw new IllegalArgumentException(
                        "outcomes[" + i + "] must be 0 or 1, was " + outcomes[i]);
            }
        }
        return new LogisticRegression(design.copy(), outcomes.clone());
    }

    /** The number of observations N. */
    public int observations() {
        return rows;
    }

    @Override
    public int dimension() {
        return p;
    }

    private double eta(int i, double[] theta) {
        double s = 0;
        int base = i * p;
        double[] x = design.data;
        for (int j = 0; j < p; j++) {
            s += x[base + j] * theta[j];
        }
        return s;
    }

    /** log(1 + e^η) without overflow. */
    static double softplus(double eta) {
        return Math.max(eta, 0) + Math.log1p(Math.exp(-Math.abs(eta)));
    }

    /** σ(η) = 1/(1 + e^{−η}) without overflow. */
    static double logistic(double eta) {
        if (eta >= 0) {
            return 1 / (1 + Math.exp(-eta));
        }
        double e = Math.exp(eta);
        return e / (1 + e);
    }

    @Override
    public double value(double[] theta) {
        double f = 0;
        for (int i = 0; i < rows; i++) {
            double eta = eta(i, theta);
            f += softplus(eta) - outcomes[i] * eta;
        }
        return f;
    }

    @Override
    public void gradient(double[] theta, double[] gradientOut) {
        valueAndGradient(theta, gradientOut);
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradientOut) {
        Arrays.fill(gradientOut, 0, p, 0.0);
        double f = 0;
        double[] x = design.data;
        for (int i = 0; i < rows; i++) {
            double eta = eta(i, theta);
            f += softplus(eta) - outcomes[i] * eta;
            double residual = logistic(eta) - outcomes[i];
            int base = i * p;
            for (int j = 0; j < p; j++) {
                gradientOut[j] += x[base + j] * residual;
            }
        }
        return f;
    }

    @Override
    public void hessian(double[] theta, DMatrixRMaj out) {
        out.reshape(p, p);
        out.zero();
        double[] x = design.data;
        double[] h = out.data;
        for (int i = 0; i < rows; i++) {
            double sigma = logistic(eta(i, theta));
            double w = sigma * (1 - sigma);
            int base = i * p;
            for (int a = 0; a < p; a++) {
                double wa = w * x[base + a];
                for (int b = a; b < p; b++) {
                    h[a * p + b] += wa * x[base + b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                h[a * p + b] = h[b * p + a];
            }
        }
    }

    /** Xᵀ(W(Xv)) row by row, without forming the Hessian. */
    @Override
    public void hessianVector(double[] theta, double[] v, double[] out) {
        Arrays.fill(out, 0, p, 0.0);
        double[] x = design.data;
        for (int i = 0; i < rows; i++) {
            double sigma = logistic(eta(i, theta));
            double wxv = sigma * (1 - sigma) * eta(i, v);
            int base = i * p;
            for (int j = 0; j < p; j++) {
                out[j] += x[base + j] * wxv;
            }
        }
    }

    @Override
    public String toString() {
        return "LogisticRegression[" + rows + " observations, " + p + " coefficients]";
    }
}
