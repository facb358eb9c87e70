package dev.curvature.fit;

import dev.curvature.api.ValueNoise;
import dev.curvature.api.spi.Checks;
import dev.curvature.diagnostics.HessianAnalysis;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * The negative log-likelihood of a generalized linear model with canonical link, with exact
 * gradient and Hessian (McCullagh &amp; Nelder, <i>Generalized Linear Models</i>, 2nd ed., §2.5
 * and ch. 4–6). For a design matrix X (rows xᵢ, one column per coefficient, an intercept being a
 * column of ones), outcomes yᵢ, an optional offset oᵢ and the linear predictor
 * ηᵢ = oᵢ + xᵢᵀθ, with ℓ the family's per-row loss, μ(η) = ℓ'(η) + y its mean and
 * v(η) = ℓ''(η) its variance:
 * <pre>
 *   f(θ)   = c·Σᵢ ℓ(ηᵢ, yᵢ)
 *   ∇f(θ)  = c·Xᵀ(μ(η) − y)
 *   ∇²f(θ) = c·Xᵀ W X,  W = diag(v(ηᵢ))
 * </pre>
 * with c = 1 ({@link LossScaling#SUM}, the default) or 1/N ({@link LossScaling#MEAN}). For the
 * canonical link the observed and expected information coincide, so the inverse Hessian at θ̂
 * (times c) is the covariance statsmodels and R report. f is convex; its Hessian is positive
 * definite when X has full column rank and the data are not separated ({@link Separation}).
 *
 * <p>Immutable and thread-safe: the data are copied, and evaluations use no shared work arrays
 * (each row is processed on the fly; nothing is allocated per evaluation).
 */
public abstract sealed class GeneralizedLinearModel implements NegativeLogLikelihood, ValueNoise
        permits LogisticRegression, PoissonRegression {
    /**
     * The relative tolerance of the separation certificate: a row counts as on the boundary of a
     * candidate direction d when |xᵢᵀd| ≤ 10⁻⁶·‖xᵢ‖·‖d‖ (well above the rounding of the eigenvector
     * that proposes d, well below the margin of any row that is genuinely on the wrong side).
     */
    static final double SEPARATION_TOLERANCE = 1e-6;

    final DMatrixRMaj design;
    final double[] outcomes;
    /** The offset oᵢ, or null for none. */
    final double[] offset;
    final LossScaling scaling;
    final int rows;
    final int p;
    /** c: 1 or 1/N. */
    final double scale;
    /** Σᵢ of the terms of ℓ that do not depend on θ (e.g. log yᵢ! for Poisson). */
    private final double constant;

    GeneralizedLinearModel(DMatrixRMaj design, double[] outcomes, double[] offset,
            LossScaling scaling) {
        this.design = design;
        this.outcomes = outcomes;
        this.offset = offset;
        this.scaling = scaling;
        this.rows = design.numRows;
        this.p = design.numCols;
        this.scale = scaling == LossScaling.MEAN ? 1.0 / rows : 1.0;
        double c = 0;
        for (double y : outcomes) {
            c += constantTerm(y);
        }
        this.constant = c;
    }

    /**
     * Checks a design matrix and its outcomes; {@code outcomeRule} is the family's test of one
     * outcome (null when it accepts it, else what is wrong).
     */
    static void checkData(DMatrixRMaj design, double[] outcomes,
            java.util.function.DoubleFunction<String> outcomeRule) {
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
            String problem = outcomeRule.apply(outcomes[i]);
            if (problem != null) {
                throw new IllegalArgumentException(
                        "outcomes[" + i + "] " + problem + ", was " + outcomes[i]);
            }
        }
    }

    /** Checks an offset vector of length N and returns a copy. */
    final double[] checkedOffset(double[] values, String name) {
        Checks.notNull(values, name);
        if (values.length != rows) {
            throw new IllegalArgumentException(name + " has length " + values.length
                    + " but design has " + rows + " rows");
        }
        for (int i = 0; i < rows; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is not finite: " + values[i]);
            }
        }
        return values.clone();
    }

    /** ℓ(η, y) without the terms that do not depend on η. */
    abstract double loss(double eta, double y);

    /** The terms of ℓ that do not depend on η (summed once at construction). */
    double constantTerm(double y) {
        return 0;
    }

    /** ∂ℓ/∂η = μ(η) − y. */
    abstract double residual(double eta, double y);

    /** ∂²ℓ/∂η² = v(η) ≥ 0. */
    abstract double weight(double eta);

    /** Σ of the absolute values of the terms summed to compute ℓ(η, y) (for the noise estimate). */
    abstract double magnitude(double eta, double y);

    /** The unit deviance d(y, μ(η)) = 2·(ℓ(η, y) − ℓ at the saturated fit). */
    abstract double rowDeviance(double eta, double y);

    /**
     * The direction in which η may go to infinity while the likelihood of an observation with
     * outcome y increases: +1, −1, or 0 when it may not move either way (the likelihood has a
     * finite maximum in η).
     */
    abstract int recessionSign(double y);

    /** The number of observations N. */
    public final int observations() {
        return rows;
    }

    @Override
    public final int dimension() {
        return p;
    }

    /** How the row losses are combined. */
    public final LossScaling scaling() {
        return scaling;
    }

    /** c = 1 for {@link LossScaling#SUM}, 1/N for {@link LossScaling#MEAN}. */
    @Override
    public final double likelihoodScale() {
        return scale;
    }

    final double eta(int i, double[] theta) {
        double s = offset == null ? 0 : offset[i];
        int base = i * p;
        double[] x = design.data;
        for (int j = 0; j < p; j++) {
            s += x[base + j] * theta[j];
        }
        return s;
    }

    private double linear(int i, double[] v) {
        double s = 0;
        int base = i * p;
        double[] x = design.data;
        for (int j = 0; j < p; j++) {
            s += x[base + j] * v[j];
        }
        return s;
    }

    @Override
    public final double value(double[] theta) {
        double f = constant;
        for (int i = 0; i < rows; i++) {
            f += loss(eta(i, theta), outcomes[i]);
        }
        return scale * f;
    }

    @Override
    public final void gradient(double[] theta, double[] gradientOut) {
        valueAndGradient(theta, gradientOut);
    }

    @Override
    public final double valueAndGradient(double[] theta, double[] gradientOut) {
        Arrays.fill(gradientOut, 0, p, 0.0);
        double f = constant;
        double[] x = design.data;
        for (int i = 0; i < rows; i++) {
            double eta = eta(i, theta);
            f += loss(eta, outcomes[i]);
            double r = scale * residual(eta, outcomes[i]);
            int base = i * p;
            for (int j = 0; j < p; j++) {
                gradientOut[j] += x[base + j] * r;
            }
        }
        return scale * f;
    }

    @Override
    public final void hessian(double[] theta, DMatrixRMaj out) {
        out.reshape(p, p);
        out.zero();
        double[] x = design.data;
        double[] h = out.data;
        for (int i = 0; i < rows; i++) {
            double w = scale * weight(eta(i, theta));
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

    /** c·Xᵀ(W(Xv)) row by row, without forming the Hessian. */
    @Override
    public final void hessianVector(double[] theta, double[] v, double[] out) {
        Arrays.fill(out, 0, p, 0.0);
        double[] x = design.data;
        for (int i = 0; i < rows; i++) {
            double wxv = scale * weight(eta(i, theta)) * linear(i, v);
            int base = i * p;
            for (int j = 0; j < p; j++) {
                out[j] += x[base + j] * wxv;
            }
        }
    }

    /**
     * An estimate of the rounding error of {@link #value}: ε·√m·c·Σᵢ Σ|terms of ℓᵢ| for m rows.
     * Recursive summation of m terms has the error bound (m − 1)ε·Σ|termᵢ| (Higham, <i>Accuracy
     * and Stability of Numerical Algorithms</i>, 2nd ed., §4.2), and rounding errors that behave
     * like independent random variables grow like √m instead (Higham §2.8, "rule of thumb"); the
     * √m estimate is the one used here. For a sum of many terms this is far above ε·|f|, because
     * the terms cancel (log(1 + e^η) against yη): a decrease of f smaller than this cannot be
     * verified by comparing values. One pass over the data. The driver compares a run's last
     * promised decrease with it to tell f's precision limit (converged) from a failed search
     * ({@link ValueNoise}).
     *
     * @param theta the coefficients (length p)
     */
    @Override
    public final double valueNoise(double[] theta) {
        Checks.finitePoint(theta, p, "theta");
        double s = Math.abs(constant);
        for (int i = 0; i < rows; i++) {
            s += magnitude(eta(i, theta), outcomes[i]);
        }
        return Math.ulp(1.0) * Math.sqrt(rows) * scale * s;
    }

    /**
     * The deviance D(θ) = Σᵢ d(yᵢ, μᵢ) = 2·(log L_saturated − log L(θ)) (McCullagh &amp; Nelder §2.3),
     * unscaled (always a sum, whatever the {@link #scaling()}).
     *
     * @param theta the coefficients (length p)
     */
    public final double deviance(double[] theta) {
        Checks.finitePoint(theta, p, "theta");
        double d = 0;
        for (int i = 0; i < rows; i++) {
            d += rowDeviance(eta(i, theta), outcomes[i]);
        }
        return d;
    }

    /** The verdict of {@link #separation}: the status and, in words, the evidence. */
    record SeparationCheck(Separation status, String message) {
    }

    /**
     * Looks for a direction of recession of f, the certificate that the maximum-likelihood
     * estimate does not exist (Albert &amp; Anderson 1984). The exact test is a linear program over
     * all directions (Konis 2007); here candidate directions d are the ones a fit that ran into
     * separation reveals — the estimate θ̂ itself (whose norm grows along d) and the eigenvectors
     * of the two smallest eigenvalues of ∇²f(θ̂) (the separated rows' weights vanish, so
     * ∇²f·d → 0) — each in both signs, and each is checked exactly, row by row: with sᵢ the
     * {@linkplain #recessionSign recession sign} of row i and τᵢ = 10⁻⁶·‖xᵢ‖·‖d‖,
     * <ul>
     *   <li>sᵢ ≠ 0: sᵢ·xᵢᵀd ≥ −τᵢ (the row's likelihood does not decrease along d);
     *   <li>sᵢ = 0: |xᵢᵀd| ≤ τᵢ;
     * </ul>
     * and at least one row has sᵢ·xᵢᵀd &gt; τᵢ. All rows strict is {@link Separation#COMPLETE}.
     * A certificate found is proof (to the tolerance) that f has no minimizer; a separation that
     * none of the candidates reveals is missed (reported {@link Separation#NONE}). O(N·p) per
     * candidate.
     *
     * @param theta the estimate
     * @param analysis the eigen-analysis of ∇²f(θ̂), or null when there is none
     */
    final SeparationCheck separation(double[] theta, HessianAnalysis analysis) {
        int candidates = 1 + (analysis == null ? 0 : Math.min(2, analysis.dimension()));
        SeparationCheck best = new SeparationCheck(Separation.NONE,
                "no direction of recession found among θ̂ and the Hessian's smallest eigenvectors");
        for (int k = 0; k < candidates; k++) {
            double[] d = k == 0 ? theta.clone() : analysis.eigenvector(k - 1);
            double norm = 0;
            for (double v : d) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            if (!(norm > 0) || !Double.isFinite(norm)) {
                continue;
            }
            for (int sign = 1; sign >= -1; sign -= 2) {
                SeparationCheck check = certify(d, sign / norm, k == 0 ? "θ̂" : "eigenvector " + (k - 1)
                        + " of the Hessian");
                if (check.status().compareTo(best.status()) > 0) {
                    best = check;
                }
            }
        }
        return best;
    }

    private SeparationCheck certify(double[] d, double factor, String source) {
        double[] x = design.data;
        int strict = 0;
        for (int i = 0; i < rows; i++) {
            double t = factor * linear(i, d);
            int base = i * p;
            double rowNorm = 0;
            for (int j = 0; j < p; j++) {
                rowNorm += x[base + j] * x[base + j];
            }
            double tolerance = SEPARATION_TOLERANCE * Math.sqrt(rowNorm);
            int s = recessionSign(outcomes[i]);
            if (s == 0) {
                if (Math.abs(t) > tolerance) {
                    return new SeparationCheck(Separation.NONE, "");
                }
            } else {
                double signed = s * t;
                if (signed < -tolerance) {
                    return new SeparationCheck(Separation.NONE, "");
                }
                if (signed > tolerance) {
                    strict++;
                }
            }
        }
        if (strict == 0) {
            return new SeparationCheck(Separation.NONE, "");
        }
        Separation status = strict == rows ? Separation.COMPLETE : Separation.QUASI_COMPLETE;
        return new SeparationCheck(status, String.format("%s separation: along the direction of %s"
                        + " the likelihood of %d of %d observations increases without bound and"
                        + " none decreases, so the maximum-likelihood estimate does not exist"
                        + " (some coefficients are infinite)",
                status == Separation.COMPLETE ? "complete" : "quasi-complete", source, strict,
                rows));
    }
}
