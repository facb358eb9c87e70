package dev.curvature.newton;

import dev.curvature.api.spi.CountingObjective;
import org.ejml.data.DMatrixRMaj;

/**
 * The Hessian by finite differences of the gradient, one column per variable, symmetrized as
 * ½(H + Hᵀ) (Nocedal &amp; Wright §8.1, "Approximating the Hessian", (8.20)–(8.21)).
 * <ul>
 *   <li>{@link #FORWARD}: column j = (∇f(x + hⱼeⱼ) − ∇f(x))/hⱼ with hⱼ = √ε·max(1, |xⱼ|):
 *       n gradient evaluations, error O(√ε);
 *   <li>{@link #CENTRAL}: column j = (∇f(x + hⱼeⱼ) − ∇f(x − hⱼeⱼ))/(2hⱼ) with hⱼ =
 *       ε^{1/3}·max(1, |xⱼ|): 2n gradient evaluations, error O(ε^{2/3}).
 * </ul>
 * The gradient evaluations are counted as such in the result.
 */
public enum FiniteDifferenceHessian implements HessianSource {
    /** Forward differences. */
    FORWARD(Math.sqrt(Math.ulp(1.0)), false),
    /** Central differences. */
    CENTRAL(Math.cbrt(Math.ulp(1.0)), true);

    private final double relativeStep;
    private final boolean central;

    FiniteDifferenceHessian(double relativeStep, boolean central) {
        this.relativeStep = relativeStep;
        this.central = central;
    }

    @Override
    public State start(CountingObjective objective) {
        int n = objective.dimension();
        double[] shifted = new double[n];
        double[] gPlus = new double[n];
        double[] gMinus = new double[n];
        return (x, g, out) -> {
            System.arraycopy(x, 0, shifted, 0, n);
            for (int j = 0; j < n; j++) {
                double h = relativeStep * Math.max(1, Math.abs(x[j]));
                double xj = x[j];
                shifted[j] = xj + h;
                double up = shifted[j] - xj; // the step actually representable
                objective.gradient(shifted, gPlus);
                double[] base = g;
                double width = up;
                if (central) {
                    shifted[j] = xj - h;
                    width = up + (xj - shifted[j]);
                    objective.gradient(shifted, gMinus);
                    base = gMinus;
                }
                shifted[j] = xj;
                for (int i = 0; i < n; i++) {
                    out.unsafe_set(i, j, (gPlus[i] - base[i]) / width);
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double m = 0.5 * (out.unsafe_get(i, j) + out.unsafe_get(j, i));
                    out.unsafe_set(i, j, m);
                    out.unsafe_set(j, i, m);
                }
            }
        };
    }
}
