package dev.curvature.fit;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
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
 * <p><b>Geodesic acceleration</b> (on by default; Transtrum &amp; Sethna 2012, "Improvements to
 * the Levenberg–Marquardt algorithm for nonlinear least-squares minimization", arXiv:1201.5885,
 * §4; Transtrum, Machta &amp; Sethna 2011, Phys. Rev. E 83:036701; GSL's
 * {@code gsl_multifit_nlinear_trs_lmaccel}). The LM step v is the first-order term of a path
 * x(t) = x + t·v + ½t²·a that stays on the model manifold's geodesic; the second-order term
 * solves the same damped system, (JᵀJ + μD²)a = −Jᵀr_vv, r_vv the second directional derivative
 * of the residuals along v, estimated by one extra residual evaluation,
 * r_vv ≈ (2/h)·((r(x + hv) − r(x))/h − Jv) with h = {@value #ACCELERATION_STEP} (Transtrum &amp;
 * Sethna's choice), and costs no new factorization (the QR factors of the augmented matrix are
 * reused). The direction becomes v + ½a when 2‖Da‖ ≤ {@value #ACCELERATION_RATIO}·‖Dv‖ (their
 * α = 0.75: the correction is small next to the step, so the second-order expansion can be
 * trusted) and it is still a descent direction; otherwise it stays v. The paper and GSL treat
 * a failed ratio test as a rejected step (μ raised); here the line search is the safeguard, and
 * raising μ on that signal over-damped the easy NIST problems, so the plain step is kept
 * instead. The extra evaluation goes through the run's counting objective: it is counted in the
 * residual evaluations and charged against the evaluation budget like any other. It pays where
 * the residuals bend along the step — curved valleys and parameters that run off to where their
 * exponential term vanishes ("parameter evaporation"), for one residual evaluation more per
 * iteration. Measurements (NIST StRD): docs/defaults.md#geodesic-acceleration.
 *
 * <p>Initial damping μ₀ = 10⁻³ relative to D² (Nielsen's τ = 10⁻³; Marquardt 1963 used 10⁻²).
 * Requires a {@link LeastSquaresObjective} objective. Immutable and thread-safe.
 */
public final class LevenbergMarquardt implements LeastSquaresCurvature {
    private static final LevenbergMarquardt DEFAULT = new LevenbergMarquardt(1e-3, true);
    /** Damping beyond which the step is scaled steepest descent to working precision. */
    private static final double MAX_DAMPING = 1e32;
    /** Finite-difference step h along v for r_vv (Transtrum &amp; Sethna 2012). */
    static final double ACCELERATION_STEP = 0.1;
    /** The acceleration is used when 2‖Da‖/‖Dv‖ is at most this (Transtrum &amp; Sethna's α). */
    static final double ACCELERATION_RATIO = 0.75;

    private final double initialDamping;
    private final boolean geodesicAcceleration;

    private LevenbergMarquardt(double initialDamping, boolean geodesicAcceleration) {
        this.initialDamping = initialDamping;
        this.geodesicAcceleration = geodesicAcceleration;
    }

    /** μ₀ = 10⁻³, geodesic acceleration on. */
    public static LevenbergMarquardt defaults() {
        return DEFAULT;
    }

    /**
     * With or without geodesic acceleration (see the class documentation): off saves one
     * residual evaluation per iteration, which can pay on problems whose residuals are nearly
     * linear along the steps.
     */
    public LevenbergMarquardt withGeodesicAcceleration(boolean on) {
        return new LevenbergMarquardt(initialDamping, on);
    }

    /** True when the direction carries the geodesic acceleration. */
    public boolean geodesicAcceleration() {
        return geodesicAcceleration;
    }

    /**
     * The initial damping μ₀ &gt; 0, relative to D²: small (10⁻⁶) when the start is believed good,
     * large (1) when it is far (Madsen, Nielsen &amp; Tingleff 2004, §3.2).
     */
    public LevenbergMarquardt withInitialDamping(double initialDamping) {
        return new LevenbergMarquardt(Checks.positive(initialDamping, "initialDamping"),
                geodesicAcceleration);
    }

    /** The initial damping μ₀. */
    public double initialDamping() {
        return initialDamping;
    }

    /**
     * @throws IllegalArgumentException when the objective is not a {@link LeastSquaresObjective}
     */
    @Override
    public CurvatureModel start(CountingObjective objective) {
        return new Model(objective, initialDamping, geodesicAcceleration);
    }

    @Override
    public String toString() {
        return "LevenbergMarquardt[initialDamping=" + initialDamping + ", geodesicAcceleration="
                + geodesicAcceleration + "]";
    }

    private static final class Model extends LeastSquaresModel {
        private final double[] scale;
        private final DMatrixRMaj augmented;
        private final DMatrixRMaj augmentedRhs;
        private final DMatrixRMaj z;
        private final LinearSolverQrHouseCol_DDRM solver;
        private final double[] step;
        private final double[] jp;
        /** The direction handed to the line search: v, or v + ½a. */
        private final double[] direction;
        private final boolean accelerate;
        /** Acceleration work arrays (null when off): x + hv, r(x + hv), rhs [−r_vv; 0], D·a. */
        private final double[] probe;
        private final double[] probeResiduals;
        private final DMatrixRMaj accelerationRhs;
        private final DMatrixRMaj scaledAcceleration;
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

        Model(CountingObjective objective, double initialDamping, boolean accelerate) {
            super(objective);
            this.accelerate = accelerate;
            this.mu = initialDamping;
            this.scale = new double[n];
            this.augmented = new DMatrixRMaj(m + n, n);
            this.augmentedRhs = new DMatrixRMaj(m + n, 1);
            this.z = new DMatrixRMaj(n, 1);
            this.solver = new LinearSolverQrHouseCol_DDRM();
            this.solver.setMaxSize(m + n, n);
            this.step = new double[n];
            this.jp = new double[m];
            this.direction = new double[n];
            this.probe = accelerate ? new double[n] : null;
            this.probeResiduals = accelerate ? new double[m] : null;
            this.accelerationRhs = accelerate ? new DMatrixRMaj(m + n, 1) : null;
            this.scaledAcceleration = accelerate ? new DMatrixRMaj(n, 1) : null;
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
            System.arraycopy(step, 0, direction, 0, n);
            if (accelerate) {
                addAcceleration(point, g);
            }
            stepKnown = true;
            System.arraycopy(direction, 0, out, 0, n);
            return DirectionStatus.OK;
        }

        /**
         * direction ← v + ½a when the geodesic acceleration a passes the ratio test and keeps a
         * descent direction; one residual evaluation at x + hv, through the counting objective.
         * Expects v in {@code step}, z = Dv in {@code z}, Jv in {@code jp} and the augmented QR
         * factors in the solver.
         */
        private void addAcceleration(double[] point, double[] g) {
            double h = ACCELERATION_STEP;
            for (int c = 0; c < n; c++) {
                probe[c] = point[c] + h * step[c];
            }
            objective.value(probe);
            if (!sumOfSquares.copyResidualsAt(probe, probeResiduals)) {
                throw new IllegalStateException("the LeastSquaresObjective did not keep its residuals");
            }
            double[] rhs = accelerationRhs.data;
            for (int i = 0; i < m; i++) {
                rhs[i] = -2 / h * ((probeResiduals[i] - r[i]) / h - jp[i]);
            }
            for (int i = m; i < m + n; i++) {
                rhs[i] = 0;
            }
            if (!Vectors.allFinite(rhs)) {
                return; // r(x + hv) overflowed: no second-order information
            }
            solver.solve(accelerationRhs, scaledAcceleration);
            double[] da = scaledAcceleration.data;
            double daNorm = Math.sqrt(Vectors.dot(da, da));
            if (!(2 * daNorm <= ACCELERATION_RATIO * Math.sqrt(dpSquared))) {
                return;
            }
            double slope = 0;
            for (int c = 0; c < n; c++) {
                direction[c] = step[c] + 0.5 * da[c] / columnScale(c);
                slope += g[c] * direction[c];
            }
            if (!(slope < 0) || !Vectors.allFinite(direction)) {
                System.arraycopy(step, 0, direction, 0, n);
            }
        }

        private double columnScale(int c) {
            return scale[c] > 0 ? scale[c] : 1;
        }

        @Override
        public void update(StepRecord step) {
            if (!step.accepted()) {
                return;
            }
            if (stepKnown) {
                // s = α·d, d the direction searched (v or v + ½a): the reduction predicted by
                // the linear model along αv, without cancellation:
                // −rᵀJ(αv) − ½‖αJv‖² = α(‖Jv‖² + μ‖Dv‖²) − ½α²‖Jv‖² (with the acceleration, the
                // velocity's prediction, as GSL's lmaccel does).
                double alpha = step.stepLength();
                pendingPredicted = alpha * (jpSquared + mu * dpSquared) - 0.5 * alpha * alpha * jpSquared;
                pendingShortened = alpha < 0.75;
                pendingOldValue = f;
                pending = true;
                stepKnown = false;
            }
            adoptIfEvaluated(step.point());
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
