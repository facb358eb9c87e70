package dev.curvature.fit;

import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The coefficient table of {@link FitResult#summary()} and {@link LikelihoodFit#summary()}, laid
 * out as R's {@code summary.nls}/{@code summary.glm} and statsmodels' {@code summary()}: for each
 * parameter the estimate θ̂ⱼ, its standard error sⱼ, the Wald statistic θ̂ⱼ/sⱼ, its two-sided
 * p-value and the 95% Wald interval θ̂ⱼ ± q₀.₉₇₅·sⱼ (Seber &amp; Wild, <i>Nonlinear Regression</i>,
 * §5.1; McCullagh &amp; Nelder §4.4.4). The reference distribution, from Commons Math, is Student's
 * t with m − n degrees of freedom for least squares (σ² estimated) and the standard normal for
 * maximum likelihood.
 */
final class SummaryTable {
    private SummaryTable() {
    }

    /** Default names p0, p1, … or the caller's, checked for count. */
    static String[] names(String[] given, int n) {
        if (given == null || given.length == 0) {
            String[] names = new String[n];
            for (int j = 0; j < n; j++) {
                names[j] = "p" + j;
            }
            return names;
        }
        if (given.length != n) {
            throw new IllegalArgumentException(
                    "names has " + given.length + " entries but there are " + n + " parameters");
        }
        for (int j = 0; j < n; j++) {
            if (given[j] == null) {
                throw new IllegalArgumentException("names[" + j + "] is null");
            }
        }
        return given.clone();
    }

    /**
     * Appends the table.
     *
     * @param degreesOfFreedom m − n for a t reference distribution, or 0 for the normal
     * @param standardErrors null when the covariance is unavailable (then only the estimates and
     *     the reason are shown)
     */
    static void append(StringBuilder out, String[] names, double[] estimates,
            double[] standardErrors, int degreesOfFreedom, String unavailableReason) {
        boolean t = degreesOfFreedom > 0;
        RealDistribution reference = t ? new TDistribution(degreesOfFreedom)
                : new NormalDistribution(0, 1);
        double quantile = reference.inverseCumulativeProbability(0.975);
        int width = 6;
        for (String name : names) {
            width = Math.max(width, name.length());
        }
        String nameFormat = "%-" + width + "s";
        out.append(String.format(Locale.ROOT, nameFormat + " %14s %12s %9s %10s %14s %14s%n", "",
                "estimate", "std. error", t ? "t value" : "z value", t ? "Pr(>|t|)" : "Pr(>|z|)",
                "[0.025", "0.975]"));
        for (int j = 0; j < estimates.length; j++) {
            out.append(String.format(Locale.ROOT, nameFormat + " %14.6e", names[j], estimates[j]));
            if (standardErrors == null) {
                out.append(String.format(Locale.ROOT, " %12s %9s %10s %14s %14s%n", "—", "—", "—",
                        "—", "—"));
                continue;
            }
            double se = standardErrors[j];
            if (Double.isNaN(se)) {
                out.append(String.format(Locale.ROOT, " %12s %9s %10s %14s %14s%n", "at bound",
                        "—", "—", "—", "—"));
                continue;
            }
            double statistic = estimates[j] / se;
            double p = 2 * reference.cumulativeProbability(-Math.abs(statistic));
            out.append(String.format(Locale.ROOT, " %12.4e %9.3f %10.3g %14.6e %14.6e%n", se,
                    statistic, p, estimates[j] - quantile * se, estimates[j] + quantile * se));
        }
        if (standardErrors == null) {
            out.append("No standard errors: ").append(unavailableReason).append('\n');
        }
    }

    /** The labels of the parameters {@code indices}, comma-separated. */
    static String labelsOf(int[] indices, String[] labels) {
        StringBuilder out = new StringBuilder();
        for (int i : indices) {
            out.append(out.length() == 0 ? "" : ", ").append(labels[i]);
        }
        return out.toString();
    }

    /** The termination line: "Termination: <reason> — <message>". */
    static void appendTermination(StringBuilder out, dev.curvature.api.OptimizationResult run) {
        out.append(String.format(Locale.ROOT, "Termination: %s (%s) — %s%n",
                run.converged() ? "converged" : "NOT converged", run.termination(), run.message()));
        out.append(String.format(Locale.ROOT,
                "%d iterations; %d f, %d ∇f, %d ∇²f evaluations; %d ms%n", run.iterations(),
                run.valueEvaluations(), run.gradientEvaluations(), run.hessianEvaluations(),
                run.elapsed().toMillis()));
    }
}
