package dev.curvature.fit;

import org.ejml.data.DMatrixRMaj;

/**
 * The negative log-likelihood of logistic regression, with exact gradient and Hessian
 * (McCullagh &amp; Nelder, <i>Generalized Linear Models</i>, 2nd ed., ch. 4; Hastie, Tibshirani
 * &amp; Friedman, <i>The Elements of Statistical Learning</i>, §4.4.1). For a design matrix X
 * (rows xᵢ, one column per coefficient, an intercept being a column of ones), outcomes
 * yᵢ ∈ {0, 1} and ηᵢ = oᵢ + xᵢᵀθ (offset oᵢ, 0 unless {@link #withOffset given}), σ the
 * logistic function and c the {@linkplain LossScaling scaling}:
 * <pre>
 *   f(θ)   = c·Σᵢ [log(1 + e^{ηᵢ}) − yᵢηᵢ]
 *   ∇f(θ)  = c·Xᵀ(σ(η) − y)
 *   ∇²f(θ) = c·Xᵀ W X,  W = diag(σ(ηᵢ)(1 − σ(ηᵢ)))
 * </pre>
 * log(1 + e^η) is evaluated as max(η, 0) + log1p(e^{−|η|}), which neither overflows nor loses
 * the small terms. f is convex; its Hessian is positive definite when X has full column rank and
 * the data are not separated ({@link Separation}: then f has no minimizer, and
 * {@link MaximumLikelihood#fit} says so). Minimize it with {@link MaximumLikelihood#fit}; the
 * inverse Hessian at the minimizer (times c) estimates the covariance of θ̂.
 *
 * <p>Immutable and thread-safe (see {@link GeneralizedLinearModel}).
 */
public final class LogisticRegression extends GeneralizedLinearModel {

    private LogisticRegression(DMatrixRMaj design, double[] outcomes, double[] offset,
            LossScaling scaling) {
        super(design, outcomes, offset, scaling);
    }

    /**
     * The negative log-likelihood (a sum, no offset) for design X and outcomes y (both copied).
     *
     * @param design the N×p design matrix X, N ≥ 1, p ≥ 1, finite
     * @param outcomes N outcomes, each 0 or 1
     * @throws IllegalArgumentException naming the offending argument
     */
    public static LogisticRegression of(DMatrixRMaj design, double[] outcomes) {
        checkData(design, outcomes, y -> y == 0 || y == 1 ? null : "must be 0 or 1");
        return new LogisticRegression(design.copy(), outcomes.clone(), null, LossScaling.SUM);
    }

    /**
     * The same model with offsets oᵢ added to the linear predictors (copied).
     *
     * @param offset N finite values
     * @throws IllegalArgumentException naming {@code offset} when it is null, of the wrong length
     *     or not finite
     */
    public LogisticRegression withOffset(double[] offset) {
        return new LogisticRegression(design, outcomes, checkedOffset(offset, "offset"), scaling);
    }

    /** The same model with its row losses combined by {@code scaling}. */
    public LogisticRegression withScaling(LossScaling scaling) {
        return new LogisticRegression(design, outcomes, offset,
                dev.curvature.api.spi.Checks.notNull(scaling, "scaling"));
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
    double loss(double eta, double y) {
        return softplus(eta) - y * eta;
    }

    @Override
    double residual(double eta, double y) {
        return logistic(eta) - y;
    }

    @Override
    double weight(double eta) {
        double sigma = logistic(eta);
        return sigma * (1 - sigma);
    }

    @Override
    double magnitude(double eta, double y) {
        return softplus(eta) + Math.abs(y * eta);
    }

    /** 2ℓ: the saturated model fits a binary outcome exactly (log-likelihood 0). */
    @Override
    double rowDeviance(double eta, double y) {
        return 2 * loss(eta, y);
    }

    @Override
    int recessionSign(double y) {
        return y == 1 ? 1 : -1;
    }

    @Override
    public String toString() {
        return "LogisticRegression[" + rows + " observations, " + p + " coefficients"
                + (offset == null ? "" : ", offset") + ", " + scaling + "]";
    }
}
