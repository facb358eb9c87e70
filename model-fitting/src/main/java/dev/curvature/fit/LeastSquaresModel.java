package dev.curvature.fit;

import dev.curvature.api.Bounds;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.Vectors;
import dev.curvature.trustregion.VariableScaling;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.linsol.qr.LinearSolverQrHouseCol_DDRM;

/**
 * What the Gauss–Newton and Levenberg–Marquardt models share: the residuals r and Jacobian J at
 * the current iterate, the column norms of J, the Gauss–Newton step δ = −J⁺r computed by
 * Householder QR of the column-scaled Jacobian, and the least-squares stopping tests built on δ.
 * It is also the {@link VariableScaling} of a bounded fit's trust region (D = the column norms
 * of J, Moré 1978). Per-run; every array allocated once here.
 *
 * <p>Evaluations go through the run's {@link CountingObjective} (so they are counted, budgeted and
 * an exception from the problem ends the run with {@code OBJECTIVE_FAILED}); after an accepted
 * step the line search has normally just evaluated r and J at the new iterate, and those are
 * reused without a new evaluation.
 */
abstract class LeastSquaresModel implements CurvatureModel, VariableScaling {
    /** The rounding-floor factor of the stopping tests: predicted reduction ≤ 10·ε·f. */
    static final int FLOOR = 10;
    final CountingObjective objective;
    final LeastSquaresObjective sumOfSquares;
    final int m;
    final int n;
    final double[] x;
    final double[] r;
    final DMatrixRMaj jacobian;
    final double[] columnNorms;
    /** ½‖r‖² at x. */
    double f;
    private boolean evaluated;
    private boolean finite;
    private final double[] gradientWork;

    private final DMatrixRMaj scaledJacobian;
    private final LinearSolverQrHouseCol_DDRM gaussNewtonSolver;
    private final DMatrixRMaj rhs;
    private final DMatrixRMaj solution;
    private final DMatrixRMaj rFactor;
    private final double[] gaussNewton;
    private final double[] jacobianTimesStep;
    private boolean gaussNewtonComputed;
    private boolean gaussNewtonValid;
    /** The columns of J that take part in the Gauss–Newton step (all, unless in a box). */
    private final int[] columns;
    private int freeColumns;

    LeastSquaresModel(CountingObjective objective) {
        if (!(objective.delegate() instanceof LeastSquaresObjective sos)) {
            throw new IllegalArgumentException("objective: Gauss–Newton curvature needs a "
                    + "LeastSquaresObjective objective (LeastSquaresObjective.of(problem)), got "
                    + objective.delegate().getClass().getName());
        }
        this.objective = objective;
        this.sumOfSquares = sos;
        this.n = sos.dimension();
        this.m = sos.problem().observations();
        this.x = new double[n];
        this.r = new double[m];
        this.jacobian = new DMatrixRMaj(m, n);
        this.columnNorms = new double[n];
        this.gradientWork = new double[n];
        this.scaledJacobian = new DMatrixRMaj(m, n);
        this.gaussNewtonSolver = new LinearSolverQrHouseCol_DDRM();
        this.gaussNewtonSolver.setMaxSize(m, n);
        this.rhs = new DMatrixRMaj(m, 1);
        this.solution = new DMatrixRMaj(n, 1);
        this.rFactor = new DMatrixRMaj(n, n);
        this.gaussNewton = new double[n];
        this.jacobianTimesStep = new double[m];
        this.columns = new int[n];
        for (int c = 0; c < n; c++) {
            columns[c] = c;
        }
        this.freeColumns = n;
    }

    /** Called once per new iterate, after r, J and the column norms are in place. */
    abstract void newPoint();

    /**
     * Makes r and J those at {@code point}: reuses them when already there, else copies the
     * objective's last evaluation when it was at {@code point}, else evaluates.
     *
     * @return false when r or J has a non-finite entry
     */
    final boolean ensureAt(double[] point) {
        if (evaluated && Arrays.equals(point, x)) {
            return finite;
        }
        if (!sumOfSquares.copyEvaluationAt(point, r, jacobian)) {
            objective.valueAndGradient(point, gradientWork);
            if (!sumOfSquares.copyEvaluationAt(point, r, jacobian)) {
                throw new IllegalStateException("the LeastSquaresObjective did not keep its evaluation");
            }
        }
        adopt(point);
        return finite;
    }

    /** Adopts r and J at {@code point} if the objective's last evaluation was there. */
    final void adoptIfEvaluated(double[] point) {
        evaluated = false;
        if (sumOfSquares.copyEvaluationAt(point, r, jacobian)) {
            adopt(point);
        }
    }

    private void adopt(double[] point) {
        System.arraycopy(point, 0, x, 0, n);
        evaluated = true;
        gaussNewtonComputed = false;
        f = LeastSquaresObjective.halfSquaredNorm(r);
        finite = Double.isFinite(f) && Vectors.allFinite(jacobian.data);
        Arrays.fill(columnNorms, 0.0);
        double[] j = jacobian.data;
        for (int i = 0; i < m; i++) {
            int base = i * n;
            for (int c = 0; c < n; c++) {
                columnNorms[c] += j[base + c] * j[base + c];
            }
        }
        for (int c = 0; c < n; c++) {
            columnNorms[c] = Math.sqrt(columnNorms[c]);
        }
        if (finite) {
            newPoint();
        }
    }

    /**
     * The Gauss–Newton step δ = argmin ‖r + Jδ‖ at the current point, by Householder QR (EJML)
     * of J·S, S = diag(1/‖J_j‖), then δ = S·z: column scaling makes the rank test invariant to the
     * units of the parameters. J counts as rank deficient — and δ as unavailable — when a column
     * is zero or min|Rᵢᵢ| ≤ max(m, n)·ε·max|Rᵢᵢ| (the usual numerical-rank threshold). After
     * {@link #fixAtBounds} only the free columns take part (n is then their number) and δ is 0 in
     * the fixed ones: the Gauss–Newton step on the face of the box.
     *
     * @return false when J is (numerically) rank deficient or δ is not finite
     */
    final boolean computeGaussNewton() {
        if (gaussNewtonComputed) {
            return gaussNewtonValid;
        }
        gaussNewtonComputed = true;
        gaussNewtonValid = false;
        if (!finite) {
            return false;
        }
        int k = freeColumns;
        for (int f = 0; f < k; f++) {
            int c = columns[f];
            if (!(columnNorms[c] > 0) || !Double.isFinite(columnNorms[c])) {
                return false;
            }
        }
        scaledJacobian.reshape(m, k);
        double[] j = jacobian.data;
        double[] js = scaledJacobian.data;
        for (int i = 0; i < m; i++) {
            int base = i * n;
            for (int f = 0; f < k; f++) {
                int c = columns[f];
                js[i * k + f] = j[base + c] / columnNorms[c];
            }
        }
        if (!gaussNewtonSolver.setA(scaledJacobian)) {
            return false;
        }
        rFactor.reshape(k, k);
        gaussNewtonSolver.getDecomposition().getR(rFactor, true);
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double d = Math.abs(rFactor.unsafe_get(c, c));
            largest = Math.max(largest, d);
            smallest = Math.min(smallest, d);
        }
        if (!(smallest > Math.max(m, k) * Math.ulp(1.0) * largest)) {
            return false;
        }
        for (int i = 0; i < m; i++) {
            rhs.data[i] = -r[i];
        }
        solution.reshape(k, 1);
        gaussNewtonSolver.solve(rhs, solution);
        Arrays.fill(gaussNewton, 0.0);
        for (int f = 0; f < k; f++) {
            int c = columns[f];
            gaussNewton[c] = solution.data[f] / columnNorms[c];
        }
        gaussNewtonValid = Vectors.allFinite(gaussNewton);
        return gaussNewtonValid;
    }

    /**
     * Restricts the Gauss–Newton step to the face of the box at {@code point}: a parameter is
     * fixed when it lies on a bound and the gradient g pushes it out of the box (g_i &gt; 0 at
     * l_i, g_i &lt; 0 at u_i, or l_i = u_i) — the variables a projected-gradient method holds
     * (Lin &amp; Moré 1999, §2; Bertsekas 1982's binding set).
     *
     * @return the number of free parameters
     */
    final int fixAtBounds(double[] point, double[] g, Bounds bounds) {
        int k = 0;
        for (int c = 0; c < n; c++) {
            double v = point[c];
            boolean fixed = bounds.lower(c) == bounds.upper(c)
                    || (v == bounds.lower(c) && g[c] > 0) || (v == bounds.upper(c) && g[c] < 0);
            if (!fixed) {
                if (k >= freeColumns || columns[k] != c) {
                    gaussNewtonComputed = false;
                }
                columns[k++] = c;
            }
        }
        if (k != freeColumns) {
            gaussNewtonComputed = false;
        }
        freeColumns = k;
        return k;
    }

    /** Copies δ into {@code out}; valid after {@link #computeGaussNewton()} returned true. */
    final void copyGaussNewton(double[] out) {
        System.arraycopy(gaussNewton, 0, out, 0, n);
    }

    /** out ← J·v (length m). */
    final void jacobianTimes(double[] v, double[] out) {
        Vectors.multiply(jacobian, v, out);
    }

    /**
     * The least-squares stopping tests at {@code point}, from the Gauss–Newton step δ there:
     * <ol>
     *   <li>relative offset (Bates &amp; Watts 1981): with Q₁ᵀr the projection of r on the range
     *       of J (‖Q₁ᵀr‖ = ‖Jδ‖) and Q₂ᵀr the rest (‖Q₂ᵀr‖ = ‖r + Jδ‖), stop when
     *       (‖Q₁ᵀr‖/√n) / (‖Q₂ᵀr‖/√(m − n)) ≤ {@code offsetTolerance} (needs m &gt; n and r not in
     *       the range of J) → {@link TerminationReason#GRADIENT_TOLERANCE};
     *   <li>rounding floor: the full step δ would lower f by ½‖Jδ‖² ≤ {@value #FLOOR}·ε·f, less
     *       than the rounding error of f itself, so no line search could verify further progress
     *       (a descent method can resolve ‖Q₁ᵀr‖/‖r‖ only down to about √ε) →
     *       {@link TerminationReason#VALUE_TOLERANCE}. At that point |δⱼ| ≤ √(2·{@value #FLOOR}·ε)·
     *       √(m − n)·SEⱼ ≈ 6.7·10⁻⁸·√(m − n)·SEⱼ;
     *   <li>scaled step (Moré 1978's xtol test, on δ): ‖Dδ‖ ≤ {@code stepTolerance}·‖Dx‖, D the
     *       column norms of J → {@link TerminationReason#STEP_TOLERANCE}; this one also ends
     *       zero-residual fits, where the relative offset is undefined;
     *   <li>Jᵀr = 0 exactly (δ = 0) → {@link TerminationReason#GRADIENT_TOLERANCE}.
     * </ol>
     * After {@link #fixAtBounds} the tests are those of the fit on the face of the box: δ, J and
     * n are restricted to the free parameters (the fixed ones are held, as in a fit with them
     * fixed at their bounds), and a point where every parameter is fixed passes.
     *
     * @return the verdict, or null when no test is met or δ is unavailable (rank deficiency)
     */
    final Verdict stoppingTest(double[] point, double offsetTolerance, double stepTolerance) {
        if (!ensureAt(point)) {
            return null;
        }
        int n = freeColumns;
        if (n == 0) {
            return new Verdict(TerminationReason.GRADIENT_TOLERANCE, "every parameter lies on a"
                    + " bound that the gradient pushes against (a vertex of the box is optimal)");
        }
        if (!computeGaussNewton()) {
            return null;
        }
        jacobianTimes(gaussNewton, jacobianTimesStep);
        double inRange = Vectors.norm2(jacobianTimesStep);
        double orthogonal = 0;
        for (int i = 0; i < m; i++) {
            double v = r[i] + jacobianTimesStep[i];
            orthogonal += v * v;
        }
        orthogonal = Math.sqrt(orthogonal);
        if (inRange == 0) {
            return new Verdict(TerminationReason.GRADIENT_TOLERANCE,
                    "the residual is orthogonal to the range of J (Jᵀr = 0)");
        }
        if (m > n && orthogonal > 0) {
            double offset = (inRange / Math.sqrt(n)) / (orthogonal / Math.sqrt(m - n));
            if (offset <= offsetTolerance) {
                return new Verdict(TerminationReason.GRADIENT_TOLERANCE, String.format(
                        "relative offset (Bates & Watts) %.3e ≤ %.1e", offset, offsetTolerance));
            }
        }
        double predicted = 0.5 * inRange * inRange;
        if (predicted <= FLOOR * Math.ulp(1.0) * f) {
            return new Verdict(TerminationReason.VALUE_TOLERANCE, String.format(
                    "the full Gauss–Newton step would lower f by %.3e·f ≤ %dε·f, below the"
                            + " rounding error of f (relative offset %.3e)", predicted / f, FLOOR,
                    m > n && orthogonal > 0
                            ? (inRange / Math.sqrt(n)) / (orthogonal / Math.sqrt(m - n))
                            : Double.NaN));
        }
        double scaledStep = 0;
        double scaledPoint = 0;
        for (int c = 0; c < this.n; c++) {
            double ds = columnNorms[c] * gaussNewton[c];
            double dx = columnNorms[c] * point[c];
            scaledStep += ds * ds;
            scaledPoint += dx * dx;
        }
        scaledStep = Math.sqrt(scaledStep);
        scaledPoint = Math.sqrt(scaledPoint);
        if (scaledStep <= stepTolerance * scaledPoint) {
            return new Verdict(TerminationReason.STEP_TOLERANCE, String.format(
                    "scaled Gauss–Newton correction ‖Dδ‖ = %.3e ≤ %.1e·‖Dx‖ = %.3e", scaledStep,
                    stepTolerance, stepTolerance * scaledPoint));
        }
        return null;
    }

    /**
     * The column norms ‖J e_i‖ at x: Moré's (1978) scaling of a bounded fit's trust region; 0
     * (ignored) when r or J at x is not finite.
     */
    @Override
    public final void scaling(double[] point, double[] gradient, double[] out) {
        if (ensureAt(point)) {
            System.arraycopy(columnNorms, 0, out, 0, n);
        } else {
            Arrays.fill(out, 0, n, 0.0);
        }
    }

    @Override
    public final void multiply(double[] point, double[] gradient, double[] v, double[] out) {
        ensureAt(point);
        jacobianTimes(v, jacobianTimesStep);
        Arrays.fill(out, 0, n, 0.0);
        double[] j = jacobian.data;
        for (int i = 0; i < m; i++) {
            double jv = jacobianTimesStep[i];
            int base = i * n;
            for (int c = 0; c < n; c++) {
                out[c] += j[base + c] * jv;
            }
        }
    }
}
