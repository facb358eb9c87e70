package dev.curvature.fit;

import dev.curvature.api.OptimizationResult;
import dev.curvature.diagnostics.HessianAnalysis;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;

/**
 * The outcome of {@link LeastSquares#fit}: the estimate p̂ (the best point the run found), its
 * residuals, the residual sum of squares, the covariance σ̂²(JᵀJ)⁻¹ with σ̂² = RSS/(m − n) and the
 * standard errors, the eigen-analysis of the Gauss–Newton matrix JᵀJ, and the optimization run
 * behind them. Immutable; accessors return fresh copies.
 */
public final class FitResult {
    private final double[] parameters;
    private final double[] residuals;
    private final double residualSumOfSquares;
    private final int degreesOfFreedom;
    private final ParameterCovariance covariance;
    private final HessianAnalysis analysis;
    private final OptimizationResult optimization;
    private final int residualEvaluations;
    private final int jacobianEvaluations;
    private final int[] atBounds;

    FitResult(double[] parameters, double[] residuals, double residualSumOfSquares,
            int degreesOfFreedom, ParameterCovariance covariance, HessianAnalysis analysis,
            OptimizationResult optimization, int residualEvaluations, int jacobianEvaluations,
            int[] atBounds) {
        this.atBounds = atBounds;
        this.parameters = parameters;
        this.residuals = residuals;
        this.residualSumOfSquares = residualSumOfSquares;
        this.degreesOfFreedom = degreesOfFreedom;
        this.covariance = covariance;
        this.analysis = analysis;
        this.optimization = optimization;
        this.residualEvaluations = residualEvaluations;
        this.jacobianEvaluations = jacobianEvaluations;
    }

    /**
     * The indices of the parameters that lie on a bound at p̂ (a bounded fit's active set), in
     * increasing order; empty for an unbounded fit. Their standard errors are NaN: see
     * {@link CovarianceEstimator#leastSquares(DMatrixRMaj, double, int[])}.
     */
    public int[] parametersAtBounds() {
        return atBounds.clone();
    }

    /** The estimate p̂. */
    public double[] parameters() {
        return parameters.clone();
    }

    /**
     * The standard errors √Cᵢᵢ (NaN for the {@link #parametersAtBounds() parameters at a bound}).
     *
     * @throws IllegalStateException when the covariance is unavailable ({@link #covarianceStatus()})
     */
    public double[] standardErrors() {
        return covariance.standardErrors();
    }

    /**
     * The covariance σ̂²(JᵀJ)⁻¹ (n×n).
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

    /** RSS = ‖r(p̂)‖². */
    public double residualSumOfSquares() {
        return residualSumOfSquares;
    }

    /** m − n, n counting only the parameters not at a bound ({@link #parametersAtBounds()}). */
    public int degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /** σ̂ = √(RSS/(m − n)); NaN when m = n. */
    public double residualStandardDeviation() {
        return degreesOfFreedom > 0 ? Math.sqrt(residualSumOfSquares / degreesOfFreedom) : Double.NaN;
    }

    /** r(p̂). */
    public double[] residuals() {
        return residuals.clone();
    }

    /**
     * The eigen-analysis of JᵀJ at p̂ (the Gauss–Newton approximation of the Hessian of ½‖r‖²):
     * its condition number measures how well the data determine the parameters. Empty when J
     * was not finite.
     */
    public Optional<HessianAnalysis> gaussNewtonAnalysis() {
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

    /** Evaluations of the residuals during the run and for the final statistics. */
    public int residualEvaluations() {
        return residualEvaluations;
    }

    /** Evaluations of the Jacobian during the run and for the final statistics. */
    public int jacobianEvaluations() {
        return jacobianEvaluations;
    }

    /**
     * The fit as an R/statsmodels-style report (see {@link #summary(String...)}), the parameters
     * named p0, p1, ….
     */
    public String summary() {
        return summary(new String[0]);
    }

    /**
     * The fit as an R {@code summary.nls}/statsmodels-style report: for each parameter the
     * estimate, standard error, t value (Student's t with m − n degrees of freedom, from Commons
     * Math), two-sided p-value and 95% interval; then the residual standard error σ̂ on m − n
     * degrees of freedom and the residual sum of squares, the condition number of JᵀJ, and the
     * termination in words. Without a covariance the table shows the estimates and the reason.
     *
     * @param names the parameters' names (none for p0, p1, …)
     * @throws IllegalArgumentException when the number of names is not the number of parameters
     */
    public String summary(String... names) {
        String[] labels = SummaryTable.names(names, parameters.length);
        StringBuilder out = new StringBuilder();
        out.append(String.format(java.util.Locale.ROOT,
                "Nonlinear least squares: %d observations, %d parameters (%s)%n",
                residuals.length, parameters.length, optimization.termination().converged()
                        ? "converged" : "not converged"));
        SummaryTable.append(out, labels, parameters,
                covariance.isAvailable() ? covariance.standardErrors() : null,
                Math.max(degreesOfFreedom, 0), covariance.message());
        if (atBounds.length > 0) {
            out.append(String.format(java.util.Locale.ROOT, "At a bound: %s (held there: no"
                    + " standard error; the others' are conditional on them, with %d degrees of"
                    + " freedom)%n", SummaryTable.labelsOf(atBounds, labels), degreesOfFreedom));
        }
        out.append(String.format(java.util.Locale.ROOT,
                "Residual standard error: %.6e on %d degrees of freedom; RSS = %.10e%n",
                residualStandardDeviation(), degreesOfFreedom, residualSumOfSquares));
        if (analysis != null) {
            out.append(String.format(java.util.Locale.ROOT, "Condition number of JᵀJ: %.3e%n",
                    analysis.conditionNumber()));
        }
        SummaryTable.appendTermination(out, optimization);
        return out.toString();
    }

    @Override
    public String toString() {
        return String.format("FitResult[RSS = %.10e, %d degrees of freedom, %s; %s; %d iterations,"
                        + " %d residual and %d Jacobian evaluations]", residualSumOfSquares,
                degreesOfFreedom, covariance.status(), optimization.message(),
                optimization.iterations(), residualEvaluations, jacobianEvaluations);
    }
}
