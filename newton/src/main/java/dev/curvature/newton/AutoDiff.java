package dev.curvature.newton;

import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.Checks;
import java.util.function.Function;
import org.apache.commons.math3.analysis.differentiation.DSCompiler;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.ejml.data.DMatrixRMaj;

/**
 * Exact gradients and Hessians by forward-mode automatic differentiation with Apache Commons
 * Math's {@link DerivativeStructure} (Kalman 2002, "Doubly recursive multivariate automatic
 * differentiation", Mathematics Magazine 75:187): write the objective once on
 * DerivativeStructures and get a {@link TwiceDifferentiable} whose gradient and Hessian are exact
 * to rounding. Each evaluation propagates derivatives up to the order it needs: 0 for the value,
 * 1 for the gradient, 2 for the Hessian (O(n²) work per operation), so AD Hessians suit small n.
 *
 * <pre>{@code
 * TwiceDifferentiable f = AutoDiff.of(2, x -> {
 *     DerivativeStructure t = x[1].subtract(x[0].multiply(x[0]));
 *     DerivativeStructure u = x[0].negate().add(1);
 *     return t.multiply(t).multiply(100).add(u.multiply(u));   // Rosenbrock
 * });
 * }</pre>
 */
public final class AutoDiff {
    private AutoDiff() {
    }

    /**
     * The objective defined by {@code function} on DerivativeStructures.
     *
     * @param dimension n ≥ 1
     * @param function f on n independent variables; must be thread-safe to share the objective
     */
    public static TwiceDifferentiable of(int dimension,
            Function<DerivativeStructure[], DerivativeStructure> function) {
        Checks.positive(dimension, "dimension");
        Checks.notNull(function, "function");
        return new Objective(dimension, function);
    }

    private static final class Objective implements TwiceDifferentiable {
        private final int n;
        private final Function<DerivativeStructure[], DerivativeStructure> function;
        /** Index of ∂f/∂xⱼ in the order-1 derivative array. */
        private final int[] firstIndex;
        /** Index of ∂²f/∂xᵢ∂xⱼ in the order-2 derivative array, row-major n×n. */
        private final int[] secondIndex;

        Objective(int n, Function<DerivativeStructure[], DerivativeStructure> function) {
            this.n = n;
            this.function = function;
            DSCompiler first = DSCompiler.getCompiler(n, 1);
            DSCompiler second = DSCompiler.getCompiler(n, 2);
            firstIndex = new int[n];
            secondIndex = new int[n * n];
            int[] orders = new int[n];
            for (int i = 0; i < n; i++) {
                orders[i] = 1;
                firstIndex[i] = first.getPartialDerivativeIndex(orders);
                orders[i] = 0;
                for (int j = 0; j < n; j++) {
                    orders[i]++;
                    orders[j]++;
                    secondIndex[i * n + j] = second.getPartialDerivativeIndex(orders);
                    orders[i]--;
                    orders[j]--;
                }
            }
        }

        private DerivativeStructure evaluate(double[] x, int order) {
            DerivativeStructure[] variables = new DerivativeStructure[n];
            for (int i = 0; i < n; i++) {
                variables[i] = new DerivativeStructure(n, order, i, x[i]);
            }
            return function.apply(variables);
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public double value(double[] x) {
            return evaluate(x, 0).getValue();
        }

        @Override
        public void gradient(double[] x, double[] gradientOut) {
            valueAndGradient(x, gradientOut);
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradientOut) {
            double[] all = evaluate(x, 1).getAllDerivatives();
            for (int i = 0; i < n; i++) {
                gradientOut[i] = all[firstIndex[i]];
            }
            return all[0];
        }

        @Override
        public void hessian(double[] x, DMatrixRMaj out) {
            double[] all = evaluate(x, 2).getAllDerivatives();
            for (int k = 0; k < n * n; k++) {
                out.data[k] = all[secondIndex[k]];
            }
        }
    }
}
