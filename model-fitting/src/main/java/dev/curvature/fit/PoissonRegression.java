package dev.curvature.fit;

import dev.curvature.api.spi.Checks;
import org.apache.commons.math3.special.Gamma;
import org.ejml.data.DMatrixRMaj;

/**
 * The negative log-likelihood of Poisson regression (log link), with exact gradient and Hessian
 * (McCullagh &amp; Nelder, <i>Generalized Linear Models</i>, 2nd ed., ch. 6; Cameron &amp;
 * Trivedi, <i>Regression Analysis of Count Data</i>, 2nd ed., §3.2). For a design matrix X,
 * counts yᵢ ≥ 0 and ηᵢ = oᵢ + xᵢᵀθ, with the offset oᵢ = log(exposureᵢ) when an exposure
 * (time at risk, population, area) is {@link #withExposure given} — so that
 * E[yᵢ] = exposureᵢ·e^{xᵢᵀθ} — and c the {@linkplain LossScaling scaling}:
 * <pre>
 *   f(θ)   = c·Σᵢ [e^{ηᵢ} − yᵢηᵢ + log Γ(yᵢ + 1)]
 *   ∇f(θ)  = c·Xᵀ(e^η − y)
 *   ∇²f(θ) = c·Xᵀ diag(e^{ηᵢ}) X
 * </pre>
 * f includes log yᵢ! (a constant, summed once), so −f is statsmodels' {@code llf}. Non-integer
 * yᵢ ≥ 0 are accepted (the quasi-Poisson estimating equations). f is convex; its minimizer
 * fails to exist when the zeros can be separated: a direction d with xᵢᵀd ≤ 0 for every i and
 * = 0 wherever yᵢ &gt; 0 ({@link Separation#QUASI_COMPLETE}; Santos Silva &amp; Tenreyro 2010),
 * which {@link MaximumLikelihood#fit} reports. e^η overflows to +∞ for η &gt; 709; the line searches
 * then step back.
 *
 * <p>Immutable and thread-safe (see {@link GeneralizedLinearModel}).
 */
public final class PoissonRegression extends GeneralizedLinearModel {

    private PoissonRegression(DMatrixRMaj design, double[] outcomes, double[] offset,
            LossScaling scaling) {
        super(design, outcomes, offset, scaling);
    }

    /**
     * The negative log-likelihood (a sum, no offset) for design X and counts y (both copied).
     *
     * @param design the N×p design matrix X, N ≥ 1, p ≥ 1, finite
     * @param counts N finite values ≥ 0
     * @throws IllegalArgumentException naming the offending argument
     */
    public static PoissonRegression of(DMatrixRMaj design, double[] counts) {
        checkData(design, counts, y -> y >= 0 && Double.isFinite(y) ? null
                : "must be a finite count ≥ 0");
        return new PoissonRegression(design.copy(), counts.clone(), null, LossScaling.SUM);
    }

    /**
     * The same model with offsets oᵢ added to the linear predictors (copied): E[yᵢ] = e^{oᵢ + xᵢᵀθ}.
     *
     * @param offset N finite values
     * @throws IllegalArgumentException naming {@code offset} when it is null, of the wrong length
     *     or not finite
     */
    public PoissonRegression withOffset(double[] offset) {
        return new PoissonRegression(design, outcomes, checkedOffset(offset, "offset"), scaling);
    }

    /**
     * The same model with exposures tᵢ: E[yᵢ] = tᵢ·e^{xᵢᵀθ}, the offset log tᵢ (statsmodels'
     * {@code exposure}, R's {@code offset(log(t))}).
     *
     * @param exposure N finite values &gt; 0
     * @throws IllegalArgumentException naming {@code exposure} when it is null, of the wrong
     *     length, or has a value that is not finite and positive
     */
    public PoissonRegression withExposure(double[] exposure) {
        double[] logs = checkedOffset(exposure, "exposure");
        for (int i = 0; i < logs.length; i++) {
            if (!(logs[i] > 0)) {
                throw new IllegalArgumentException(
                        "exposure[" + i + "] must be positive, was " + logs[i]);
            }
            logs[i] = Math.log(logs[i]);
        }
        return new PoissonRegression(design, outcomes, logs, scaling);
    }

    /** The same model with its row losses combined by {@code scaling}. */
    public PoissonRegression withScaling(LossScaling scaling) {
        return new PoissonRegression(design, outcomes, offset, Checks.notNull(scaling, "scaling"));
    }

    @Override
    double loss(double eta, double y) {
        return Math.exp(eta) - y * eta;
    }

    @Override
    double constantTerm(double y) {
        return Gamma.logGamma(y + 1);
    }

    @Override
    double residual(double eta, double y) {
        return Math.exp(eta) - y;
    }

    @Override
    double weight(double eta) {
        return Math.exp(eta);
    }

    @Override
    double magnitude(double eta, double y) {
        return Math.exp(eta) + Math.abs(y * eta);
    }

    /** 2·[y·log(y/μ) − (y − μ)], with y·log(y/μ) = 0 at y = 0. */
    @Override
    double rowDeviance(double eta, double y) {
        double mu = Math.exp(eta);
        double ylog = y > 0 ? y * (Math.log(y) - eta) : 0;
        return 2 * (ylog - (y - mu));
    }

    @Override
    int recessionSign(double y) {
        return y == 0 ? -1 : 0;
    }

    @Override
    public String toString() {
        return "PoissonRegression[" + rows + " observations, " + p + " coefficients"
                + (offset == null ? "" : ", offset") + ", " + scaling + "]";
    }
}
