package dev.curvature.fit.commons;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.TwiceDifferentiable;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.MultivariateDifferentiableFunction;
import org.ejml.data.DMatrixRMaj;

/**
 * A Commons Math {@link MultivariateDifferentiableFunction} as a Curvature
 * {@link TwiceDifferentiable}: the value from {@code value(double[])}, the gradient and the
 * Hessian by evaluating the function on {@link DerivativeStructure}s of order 1 and 2 (forward-mode
 * automatic differentiation, Rall 1981; Griewank &amp; Walther, <i>Evaluating Derivatives</i>, 2nd
 * ed., ch. 13). The Hessian costs one evaluation on order-2 structures of n variables, each
 * holding (n + 1)(n + 2)/2 derivatives, so it suits small n. Commons Math allocates its
 * structures per call; this class allocates only the index array it reuses.
 *
 * <p>The values are multiplied by {@code sign} (−1 to maximize through a minimizer).
 * Thread-safe when the function is (it holds no mutable state beyond the read-only index arrays).
 */
final class DifferentiableFunctionObjective implements TwiceDifferentiable {
    private final MultivariateDifferentiableFunction function;
    private final int n;
    private final double sign;
    /** orders[i] has a 1 at i: the index of ∂/∂xᵢ. */
    private final int[][] firstOrders;
    /** secondOrders[i][j]: the index array of ∂²/∂xᵢ∂xⱼ. */
    private final int[][][] secondOrders;

    DifferentiableFunctionObjective(MultivariateDifferentiableFunction function, int dimension,
            double sign) {
        this.function = Checks.notNull(function, "function");
        this.n = Checks.positive(dimension, "dimension");
        this.sign = sign;
        this.firstOrders = new int[n][n];
        this.secondOrders = new int[n][n][n];
        for (int i = 0; i < n; i++) {
            firstOrders[i][i] = 1;
            for (int j = 0; j < n; j++) {
                secondOrders[i][j][i]++;
                secondOrders[i][j][j]++;
            }
        }
    }

    @Override
    public int dimension() {
        return n;
    }

    private DerivativeStructure evaluate(double[] x, int order) {
        DerivativeStructure[] variables = new DerivativeStructure[n];
        for (int i = 0; i < n; i++) {
            variables[i] = new DerivativeStructure(n, order, i, x[i]);
        }
        return function.value(variables);
    }

    @Override
    public double value(double[] x) {
        return sign * function.value(x.clone());
    }

    @Override
    public void gradient(double[] x, double[] gradientOut) {
        valueAndGradient(x, gradientOut);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradientOut) {
        DerivativeStructure y = evaluate(x, 1);
        for (int i = 0; i < n; i++) {
            gradientOut[i] = sign * y.getPartialDerivative(firstOrders[i]);
        }
        return sign * y.getValue();
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj out) {
        out.reshape(n, n);
        DerivativeStructure y = evaluate(x, 2);
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double h = sign * y.getPartialDerivative(secondOrders[i][j]);
                out.unsafe_set(i, j, h);
                out.unsafe_set(j, i, h);
            }
        }
    }

    @Override
    public String toString() {
        return "MultivariateDifferentiableFunction[n = " + n + (sign < 0 ? ", negated" : "") + "]";
    }
}
