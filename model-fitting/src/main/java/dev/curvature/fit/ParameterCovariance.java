package dev.curvature.fit;

import org.ejml.data.DMatrixRMaj;

/**
 * An estimated covariance matrix of fitted parameters — or the documented reason it is not
 * available. Failure is a state, not an exception, so that a fit whose optimization succeeded
 * still returns its parameters: {@link #status()} says whether {@link #matrix()} and
 * {@link #standardErrors()} may be called; they throw {@link IllegalStateException}, with the
 * reason, when it is not {@link CovarianceStatus#AVAILABLE}. Immutable; accessors copy.
 */
public final class ParameterCovariance {
    private final CovarianceStatus status;
    private final DMatrixRMaj matrix;
    private final String message;

    private ParameterCovariance(CovarianceStatus status, DMatrixRMaj matrix, String message) {
        this.status = status;
        this.matrix = matrix;
        this.message = message;
    }

    static ParameterCovariance available(DMatrixRMaj matrix, String message) {
        return new ParameterCovariance(CovarianceStatus.AVAILABLE, matrix, message);
    }

    static ParameterCovariance unavailable(CovarianceStatus status, String message) {
        return new ParameterCovariance(status, null, message);
    }

    /** Whether the estimate is available and, if not, why. */
    public CovarianceStatus status() {
        return status;
    }

    /** True when {@link #status()} is {@link CovarianceStatus#AVAILABLE}. */
    public boolean isAvailable() {
        return status == CovarianceStatus.AVAILABLE;
    }

    /** How the estimate was formed, or why it is unavailable, in words and numbers. */
    public String message() {
        return message;
    }

    /**
     * The n×n covariance matrix (a fresh copy).
     *
     * @throws IllegalStateException when the estimate is unavailable; the message says why
     */
    public DMatrixRMaj matrix() {
        requireAvailable();
        return matrix.copy();
    }

    /**
     * The standard errors √Cᵢᵢ (a fresh array).
     *
     * @throws IllegalStateException when the estimate is unavailable; the message says why
     */
    public double[] standardErrors() {
        requireAvailable();
        double[] se = new double[matrix.numRows];
        for (int i = 0; i < se.length; i++) {
            se[i] = Math.sqrt(matrix.unsafe_get(i, i));
        }
        return se;
    }

    private void requireAvailable() {
        if (status != CovarianceStatus.AVAILABLE) {
            throw new IllegalStateException("covariance unavailable (" + status + "): " + message);
        }
    }

    @Override
    public String toString() {
        return "ParameterCovariance[" + status + ": " + message + "]";
    }
}
