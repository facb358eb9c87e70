package dev.curvature.fit;

import dev.curvature.api.Checks;
import dev.curvature.api.CountingObjective;
import dev.curvature.api.CurvatureModel;
import dev.curvature.api.DirectionStatus;
import dev.curvature.api.Vectors;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.linsol.qr.LinearSolverQrHouseCol_DDRM;

/**
 * Levenberg–Marquardt curvature for f = ½‖r‖²: the direction solves
 * (JᵀJ + μD²)p = −Jᵀr (Nocedal &amp; Wright, 2nd ed., §10.3; Moré 1978), a Gauss–Newton step
 * damped towards scaled steepest descent.
 *
 * <p><b>Solve.</b> Without forming JᵀJ: p = D⁻¹z, z the least-squares solution of the augmented
 * system [J·D⁻¹; √μ·I] z ≈ [−r; 0] by Householder QR (EJML) — Moré's formulation, which keeps the
 * condition number of J rather than its square and is always of full rank for μ &gt; 0.
 *
 * <p><b>Scaling.</b> D = diag(dⱼ), dⱼ the largest norm of column j of J seen so far in the run
 * (Moré 1978; MINPACK's {@code mode = 1}); a column that has always been zero gets dⱼ = 1.
 * It makes the method invariant to the units of the parameters, which NIST-style problems (b₁ ~
 * 10², b₂ ~ 10⁻⁴) need.
 *
 * <p><b>How μ learns from the driver.</b> The shared driver has no accept/reject step of its own:
 * it runs a line search along p and reports accepted steps through
 * {@link CurvatureModel#update}. The model therefore compares, for the step s the line search
 * accepted, the actual reduction f(x) − f(x + s) with the reduction predicted by the linear model
 * ½‖r + Js‖², ρ = actual / predicted, and adapts μ as Nielsen (1999) and Madsen, Nielsen &amp;
 * Tingleff (2004, §3.2) do: when the line search accepted the full step (α = 1) and ρ &gt; 0,
 * μ ← μ·max(1/3, 1 − (2ρ − 1)³) and ν ← 2 (a good model shrinks the damping, smoothly); when it had
 * to shorten the step, μ ← μ·ν and ν ← 2ν (the step was too long: damp more, faster each time).
 * The line search is the safeguard a trust region would otherwise be: every accepted step
 * satisfies the Armijo condition, so the run's bookkeeping and convergence theory stay those of a
 * descent method. If the line search fails altogether, {@link CurvatureModel#reset()} raises μ to
 * at least 1 (a step dominated by the scaled gradient) for the driver's one retry.
 *
 * <p>Initial damping μ₀ = 10⁻³ relative to D² (Nielsen's τ = 10⁻³; Marquardt 1963 used 10⁻²).
 * Requires a {@link SumOfSquares} objective. Immutable and thread-safe.
 */
public final class LevenbergMarquardt implements LeastSquaresCurvature {
    private static final LevenbergMarquardt DEFAULT = new LevenbergMarquardt(1e-3);
    /** Damping beyond which the step is scaled steepest descent to working precision. */
    private static final double MAX_DAMPING = 1e32;

    private final double initialDamping;

    private LevenbergMarquardt(double initialDamping) {
        this.initialDamping = initialDamping;
    }

    /** μ₀ = 10⁻³. */
    public static LevenbergMarquardt defaults() {
        return DEFAULT;
    }

    /**
     * The initial damping μ₀ &gt; 0, relative to D²: small (10⁻⁶) when the start is believed good,
     * large (1) when it is far (Madsen, Nielsen &amp; Tingleff 2004, §3.2).
     */
    public LevenbergMarquardt withInitialDamping(double initialDamping) {
        return new LevenbergMarquardt(Checks.positive(initialDamping, "initialDamping"));
    }

    /** The initial damping μ₀. */
    public double initialDamping() {
        return initialDamping;
    }

    /**
     * @throws IllegalArgumentException when the objective is not a {@link SumOfSquares}
     */
    @Override
    public CurvatureModel start(CountingObjective objective) {
        return new Model(objective, initialDamping);
    }

    @Override
    public String toString() {
        return "LevenbergMarquardt[initialDamping=" + initialDamping + "]";
    }

    private static final class Model extends LeastSquaresModel {
        private final double[] scale;
        private final DMatrixRMaj augmented;
        private final DMatrixRMaj augmentedRhs;
        private final DMatrixRMaj z;
        private final LinearSolverQrHouseCol_DDRM solver;
        private final double[] step;
        private final double[] jp;
        private double mu;
        private double nu = 2;
        /** ‖Jp‖² and ‖Dp‖² of the last direction, for the predicted reduction. */
        private double jpSquared;
        private double dpSquared;
        private boolean stepKnown;
        /** A step was accepted and its ratio waits for f at the new point. */
        private boolean pending;
        private double pendingOldValue;
        private double pendingPredicted;
        private boolean pendingShortened;

        Model(CountingObjective objective, double initialDamping) {
            super(objective);
            this.mu = initialDamping;
            this.scale = new double[n];
            this.augmented = new DMatrixRMaj(m + n, n);
            this.augmentedRhs = new DMatrixRMaj(m + n, 1);
            this.z = new DMatrixRMaj(n, 1);
            this.solver = new LinearSolverQrHouseCol_DDRM();
            this.solver.setMaxSize(m + n, n);
            this.step = new double[n];
            this.jp = new double[m];
        }

        @Override
        void newPoint() {
            for (int c = 0; c < n; c++) {
                scale[c] = Math.max(scale[c], columnNorms[c]);
            }
            if (pending) {
                pending = false;
                double actual = pendingOldValue - f;
                double rho = pendingPredicted > 0 ? actual / pendingPredicted : 0;
                if (!pendingShortened && rho > 0) {
                    double t = 2 * rho - 1;
                    mu *= Math.max(1.0 / 3, 1 - t * t * t);
                    nu = 2;
                } else {
                    raise();
                }
            }
        }

        private void raise() {
            mu = Math.min(mu * nu, MAX_DAMPING);
            nu = Math.min(2 * nu, 1 << 30);
        }

        @Override
        public DirectionStatus direction(double[] point, double[] g, double[] out) {
            if (!ensureAt(point)) {
                return DirectionStatus.NON_FINITE;
            }
            double[] a = augmented.data;
            double[] j = jacobian.data;
            double sqrtMu = Math.sqrt(mu);
            for (int i = 0; i < m; i++) {
                int base = i * n;
                for (int c = 0; c < n; c++) {
                    a[base + c] = j[base + c] / columnScale(c);
                }
                augmentedRhs.data[i] = -r[i];
            }
            for (int i = 0; i < n; i++) {
                int base = (m + i) * n;
                for (int c = 0; c < n; c++) {
                    a[base + c] = i == c ? sqrtMu : 0;
                }
                augmentedRhs.data[m + i] = 0;
            }
            if (!solver.setA(augmented)) {
                return DirectionStatus.SINGULAR;
            }
            solver.solve(augmentedRhs, z);
            dpSquared = 0;
            for (int c = 0; c < n; c++) {
                step[c] = z.data[c] / columnScale(c);
                dpSquared += z.data[c] * z.data[c];
            }
            if (!Vectors.allFinite(step)) {
                return DirectionStatus.NON_FINITE;
            }
            jacobianTimes(step, jp);
            jpSquared = Vectors.dot(jp, jp);
            stepKnown = true;
            System.arraycopy(step, 0, out, 0, n);
            return DirectionStatus.OK;
        }

        private double columnScale(int c) {
            return scale[c] > 0 ? scale[c] : 1;
        }

        @Override
        public void update(double[] s, double[] y, double[] point, double[] g) {
            if (stepKnown) {
                // s = αp: the predicted reduction of the linear model along it, without
                // cancellation: −rᵀJs − ½‖Js‖² = α(‖Jp‖² + μ‖Dp‖²) − ½α²‖Jp‖².
                double pp = Vectors.dot(step, step);
                double alpha = pp > 0 ? Vectors.dot(s, step) / pp : 0;
                pendingPredicted = alpha * (jpSquared + mu * dpSquared) - 0.5 * alpha * alpha * jpSquared;
                pendingShortened = alpha < 0.75;
                pendingOldValue = f;
                pending = true;
                stepKnown = false;
            }
            adoptIfEvaluated(point);
        }

        @Override
        public boolean reset() {
            stepKnown = false;
            if (mu >= MAX_DAMPING) {
                return false;
            }
            mu = Math.max(1, mu * nu);
            nu = Math.min(2 * nu, 1 << 30);
            return true;
        }
    }
}
