package dev.curvature.fit;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.TwiceDifferentiable;
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
    private final Separation separation;
    private final TwiceDifferentiable model;

    LikelihoodFit(double[] parameters, double negativeLogLikelihood, ParameterCovariance covariance,
            HessianAnalysis analysis, OptimizationResult optimization, Separation separation,
            TwiceDifferentiable model) {
        this.parameters = parameters;
        this.negativeLogLikelihood = negativeLogLikelihood;
        this.covariance = covariance;
        this.analysis = analysis;
        this.optimization = optimization;
        this.separation = separation;
        this.model = model;
    }

    /** The estimate θ̂. */
    public double[] parameters() {
        return parameters.clone();
    }

    /**
     * −log L(θ̂): the minimized objective divided by its {@linkplain
     * NegativeLogLikelihood#likelihoodScale() scale} c, so the same whatever the scaling.
     */
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

    /**
     * Whether the data of a generalized linear model are separated ({@link Separation#NONE} for
     * other objectives): then the maximum-likelihood estimate does not exist, {@link #parameters()}
     * is only where the optimizer stopped along a ray to infinity, and no covariance is reported
     * ({@link CovarianceStatus#SEPARATION}).
     */
    public Separation separation() {
        return separation;
    }

    /**
     * True when the run met a convergence test and the estimate exists (no {@linkplain
     * #separation() separation}); {@code optimization().converged()} says whether the optimizer
     * alone met its test.
     */
    public boolean converged() {
        return optimization.converged() && separation == Separation.NONE;
    }

    /**
     * The fit as an R/statsmodels-style report (see {@link #summary(String...)}), the parameters
     * named p0, p1, ….
     */
    public String summary() {
        return summary(new String[0]);
    }

    /**
     * The fit as an R {@code summary.glm}/statsmodels-style report: for each parameter the
     * estimate, standard error, z value (standard normal, from Commons Math), two-sided p-value
     * and 95% Wald interval; then the log-likelihood, AIC, the deviance (for a
     * {@link GeneralizedLinearModel}), and the termination in words. With separation or an
     * unavailable covariance the table shows the estimates and the reason instead of standard
     * errors.
     *
     * @param names the parameters' names (none for p0, p1, …)
     * @throws IllegalArgumentException when the number of names is not the number of parameters
     */
    public String summary(String... names) {
        String[] labels = SummaryTable.names(names, parameters.length);
        StringBuilder out = new StringBuilder();
        String kind = model instanceof GeneralizedLinearModel glm
                ? glm.getClass().getSimpleName() + ", " + glm.observations() + " observations"
                : "maximum likelihood";
        out.append(String.format(java.util.Locale.ROOT, "%s: %d parameters (%s)%n", kind,
                parameters.length, converged() ? "converged" : "not converged"));
        SummaryTable.append(out, labels, parameters,
                covariance.isAvailable() ? covariance.standardErrors() : null, 0,
                covariance.message());
        out.append(String.format(java.util.Locale.ROOT, "Log-likelihood: %.10g; AIC: %.10g",
                -negativeLogLikelihood, 2 * negativeLogLikelihood + 2 * parameters.length));
        if (model instanceof GeneralizedLinearModel glm) {
            out.append(String.format(java.util.Locale.ROOT,
                    "; deviance: %.10g on %d degrees of freedom", glm.deviance(parameters),
                    glm.observations() - parameters.length));
        }
        out.append('\n');
        if (separation != Separation.NONE) {
            out.append("Separation: ").append(separation).append('\n');
        }
        SummaryTable.appendTermination(out, optimization);
        return out.toString();
    }

    @Override
    public String toString() {
        return String.format("LikelihoodFit[−log L = %.10e, %s%s; %s]", negativeLogLikelihood,
                covariance.status(), separation == Separation.NONE ? "" : ", " + separation,
                optimization.message());
    }
}
