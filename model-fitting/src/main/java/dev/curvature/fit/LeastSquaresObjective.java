package dev.curvature.fit;

import dev.curvature.api.Objective;
import dev.curvature.api.spi.Checks;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * The objective f(p) = ½‖r(p)‖² of a {@link ResidualModel}, with gradient ∇f = Jᵀr
 * (Nocedal &amp; Wright, 2nd ed., (10.3)–(10.4)). Any optimizer can minimize it; the
 * {@link GaussNewton} and {@link LevenbergMarquardt} curvature providers require it, because they
 * read the residuals and the Jacobian it evaluated.
 *
 * <p>Per-run object: it holds the residual vector and the Jacobian of its last evaluation as work
 * arrays (allocated once), so it is <b>not thread-safe</b>; use one instance per run ({@link
 * LeastSquares#fit} creates its own). It counts residual and Jacobian evaluations.
 */
public final class LeastSquaresObjective implements Objective {
    private final ResidualModel problem;
    private final int m;
    private final int n;
    private final double[] residuals;
    private final DMatrixRMaj jacobian;
    private final double[] lastPoint;
    /** 0: nothing valid; 1: residuals at lastPoint; 2: residuals and Jacobian at lastPoint. */
    private int valid;
    private int residualEvaluations;
    private int jacobianEvaluations;

    private LeastSquaresObjective(ResidualModel problem, int m, int n) {
        this.problem = problem;
        this.m = m;
        this.n = n;
        this.residuals = new double[m];
        this.jacobian = new DMatrixRMaj(m, n);
        this.lastPoint = new double[n];
    }

    /**
     * The objective ½‖r‖² of {@code problem}.
     *
     * @throws IllegalArgumentException for a null problem, fewer than one parameter or fewer
     *     observations than parameters
     */
    public static LeastSquaresObjective of(ResidualModel problem) {
        Checks.notNull(problem, "problem");
        int n = Checks.positive(problem.parameters(), "problem.parameters()");
        int m = problem.observations();
        if (m < n) {
            throw new IllegalArgumentException("problem.observations() must be at least"
                    + " problem.parameters() = " + n + ", was " + m);
        }
        return new LeastSquaresObjective(problem, m, n);
    }

    /** The problem. */
    public ResidualModel problem() {
        return problem;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public double value(double[] p) {
        evaluateResiduals(p);
        return halfSquaredNorm(residuals);
    }

    @Override
    public void gradient(double[] p, double[] gradientOut) {
        evaluateBoth(p);
        transposeTimesResiduals(gradientOut);
    }

    @Override
    public double valueAndGradient(double[] p, double[] gradientOut) {
        evaluateBoth(p);
        transposeTimesResiduals(gradientOut);
        return halfSquaredNorm(residuals);
    }

    /** Residual evaluations so far. */
    public int residualEvaluations() {
        return residualEvaluations;
    }

    /** Jacobian evaluations so far. */
    public int jacobianEvaluations() {
        return jacobianEvaluations;
    }

    /**
     * Copies the residuals and Jacobian of the last gradient evaluation into the arguments when
     * that evaluation was at exactly {@code p}.
     *
     * @return false (copying nothing) when the last evaluation was elsewhere or had no Jacobian
     */
    boolean copyEvaluationAt(double[] p, double[] residualsOut, DMatrixRMaj jacobianOut) {
        if (valid != 2 || !Arrays.equals(p, lastPoint)) {
            return false;
        }
        System.arraycopy(residuals, 0, residualsOut, 0, m);
        jacobianOut.setTo(jacobian);
        return true;
    }

    /**
     * Copies the residuals of the last evaluation (of value or gradient) into {@code out} when
     * that evaluation was at exactly {@code p}.
     *
     * @return false (copying nothing) when the last evaluation was elsewhere
     */
    boolean copyResidualsAt(double[] p, double[] out) {
        if (valid == 0 || !Arrays.equals(p, lastPoint)) {
            return false;
        }
        System.arraycopy(residuals, 0, out, 0, m);
        return true;
    }

    private void evaluateResiduals(double[] p) {
        valid = 0;
        residualEvaluations++;
        problem.residuals(p, residuals);
        System.arraycopy(p, 0, lastPoint, 0, n);
        valid = 1;
    }

    private void evaluateBoth(double[] p) {
        evaluateResiduals(p);
        valid = 0;
        jacobianEvaluations++;
        problem.jacobian(p, jacobian);
        valid = 2;
    }

    private void transposeTimesResiduals(double[] out) {
        Arrays.fill(out, 0, n, 0.0);
        double[] j = jacobian.data;
        for (int i = 0; i < m; i++) {
            double ri = residuals[i];
            int base = i * n;
            for (int c = 0; c < n; c++) {
                out[c] += j[base + c] * ri;
            }
        }
    }

    static double halfSquaredNorm(double[] r) {
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return 0.5 * s;
    }

    @Override
    public String toString() {
        return "LeastSquaresObjective[" + m + " residuals, " + n + " parameters]";
    }
}
