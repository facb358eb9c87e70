package dev.curvature.problems;

import java.util.OptionalDouble;
import java.util.function.IntFunction;

/**
 * A partially separable problem ({@link ElementSum}) whose element functions are written once,
 * as formulas over {@link Dual} numbers, and differentiated exactly by forward-mode
 * differentiation: the value, gradient and Hessian of each element come from the same
 * expression, so they cannot drift apart. The extended test set ({@link TestProblems#extended()})
 * is written this way; every derivative is still checked against finite differences in the
 * tests.
 */
abstract class AdElementSum extends ElementSum {
    private final IntFunction<TestProblem> resize;

    /**
     * A problem; {@code resize} builds it at another dimension (validating n), or is null when
     * the dimension is fixed.
     */
    AdElementSum(String name, double[] start, OptionalDouble fStar, String source,
            IntFunction<TestProblem> resize) {
        super(name, start, fStar, source);
        this.resize = resize;
    }

    /** Element {@code e} as a function of its variables u (in the order of {@link #variables}). */
    abstract Dual phi(int e, Dual[] u);

    @Override
    final double element(int e, Work w, int order) {
        int k = w.k;
        Dual[] u = new Dual[k];
        for (int a = 0; a < k; a++) {
            u[a] = Dual.variable(w.u[a], a, k, order);
        }
        Dual r = phi(e, u);
        if (order >= 1) {
            System.arraycopy(r.g, 0, w.g, 0, k);
        }
        if (order >= 2) {
            System.arraycopy(r.h, 0, w.h, 0, k * k);
        }
        return r.v;
    }

    @Override
    public final boolean scalable() {
        return resize != null;
    }

    @Override
    public final TestProblem withDimension(int n) {
        if (n == dimension()) {
            return this;
        }
        if (resize == null) {
            return super.withDimension(n);
        }
        return resize.apply(n);
    }

    /** Writes the window start, start + 1, …, start + len − 1 into idx and returns len. */
    static int window(int[] idx, int start, int len) {
        for (int a = 0; a < len; a++) {
            idx[a] = start + a;
        }
        return len;
    }

    /** Writes the given indices into idx and returns their number. */
    static int indices(int[] idx, int... which) {
        System.arraycopy(which, 0, idx, 0, which.length);
        return which.length;
    }
}
