package dev.curvature.fit;

import dev.curvature.api.OptimizationResult;
import dev.curvature.diagnostics.HessianAnalysis;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;

/**
 * The outcome of {@link MaximumLikelihood#fit}: the maximum-likelihood estimate θ̂ (the best point
 * of the run), the minimized negative log-likelihood, the covariance estimate H(θ̂)⁻¹ with
 * standard errors, the eigen-analysis of H(θ̂), and the optimization run. Immutable; accessors
 * return fresh copies.
 */
public final class LikelihoodFit {
    private final double[] parameters;
    private final double negativeLogLikelihood;
    private final ParameterCovariance covariance;
    private final HessianAnalysis analysis;
    private final OptimizationResult optimization;

    LikelihoodFit(double[] parameters, double negativeLogLikelihood, ParameterCovariance covariance,
            HessianAnalysis analysis, OptimizationResult optimization) {
        this.parameters = parameters;
        this.negativeLogLikelihood = negativeLogLikelihood;
        this.covariance = covariance;
        this.analysis = analysis;
        this.optimization = optimization;
    }

    /** The estimate θ̂. */
    public double[] parameters() {
        return parameters.clone();
    }

    /** −log L(θ̂). */
    public double negativeLogLikelihood() {
        return negativeLogLikelihood;
    }

    /**
     * The standard errors √(H⁻¹)ᵢᵢ.
     *
     * @throws IllegalStateException when the covariance is unavailable ({@link #covarianceStatus()})
     */
    public double[] standardErrors() {
        return covariance.standardErrors();
    }

    /**
     * The covariance estimate H(θ̂)⁻¹.
     *
     * @throws IllegalStateException when it is unavailable ({@link #covarianceStatus()})
     */
    public DMatrixRMaj covariance() {
        return covariance.matrix();
    }

    /** Whether the covariance is available and, if not, why. */
    public CovarianceStatus covarianceStatus() {
        return covariance.status();
    }

    /** The covariance estimate with its status and explanation. */
    public ParameterCovariance parameterCovariance() {
        return covariance;
    }

    /** The eigen-analysis of H(θ̂); empty when the Hessian was not finite. */
    public Optional<HessianAnalysis> hessianAnalysis() {
        return Optional.ofNullable(analysis);
    }

    /** The optimization run. */
    public OptimizationResult optimization() {
        return optimization;
    }

    /** True when the run met a convergence test. */
    public boolean converged() {
        return optimization.converged();
    }

    @Override
    public String toString() {
        return String.format("LikelihoodFit[−log L = %.10e, %s; %s]", negativeLogLikelihood,
                covariance.status(), optimization.message());
    }
}
