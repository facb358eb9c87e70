package dev.curvature.api;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.Vectors;
import java.util.function.ToDoubleFunction;
import org.ejml.data.DMatrixRMaj;

/**
 * An objective that also provides its Hessian ∇²f(x), densely or as Hessian-vector products.
 */
public interface TwiceDifferentiable extends Objective {

    /** Writes the n×n Hessian ∇²f(x) into {@code out} (already shaped n×n). */
    void hessian(double[] x, DMatrixRMaj out);

    /**
     * Writes ∇²f(x)·v into {@code out}. The default forms the dense Hessian and multiplies, which
     * costs O(n²) memory; matrix-free objectives override it.
     */
    default void hessianVector(double[] x, double[] v, double[] out) {
        int n = dimension();
        DMatrixRMaj h = new DMatrixRMaj(n, n);
        hessian(x, h);
        Vectors.multiply(h, v, out);
    }

    /** Writes the Hessian into a caller-supplied matrix. */
    @FunctionalInterface
    interface HessianFunction {
        void hessian(double[] x, DMatrixRMaj out);
    }

    /**
     * A twice-differentiable objective from three lambdas.
     *
     * @param dimension n, at least 1
     * @param value f(x)
     * @param gradient writes ∇f(x)
     * @param hessian writes ∇²f(x) into an n×n matrix
     */
    static TwiceDifferentiable of(int dimension, ToDoubleFunction<double[]> value,
            GradientFunction gradient, HessianFunction hessian) {
        Checks.positive(dimension, "dimension");
        Checks.notNull(value, "value");
        Checks.notNull(gradient, "gradient");
        Checks.notNull(hessian, "hessian");
        return new TwiceDifferentiable() {
            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public double value(double[] x) {
                return value.applyAsDouble(x);
            }

            @Override
            public void gradient(double[] x, double[] gradientOut) {
                gradient.gradient(x, gradientOut);
            }

            @Override
            public void hessian(double[] x, DMatrixRMaj out) {
                hessian.hessian(x, out);
            }
        };
    }
}
