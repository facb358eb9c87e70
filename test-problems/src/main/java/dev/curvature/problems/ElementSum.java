package dev.curvature.problems;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/**
 * A partially separable objective f(x) = c + Σₑ φₑ(x[Iₑ]): each element function φₑ depends on a
 * short list Iₑ of variables (Griewank &amp; Toint's partial separability, the structure CUTEst's SIF
 * files describe with elements and groups). The element supplies its value, gradient and Hessian in
 * its own small coordinates; this class gathers the element variables, scatters the results and
 * so provides f, ∇f, the dense ∇²f and ∇²f·v, the last in O(Σₑ |Iₑ|²) time (O(n) for banded
 * problems) without forming the Hessian.
 *
 * <p>Evaluations are stateless: each call allocates one small {@link Work} (O(max |Iₑ|²)) and
 * nothing per element, so a problem can be shared between threads.
 */
abstract class ElementSum extends Problem {

    ElementSum(String name, double[] start, OptionalDouble fStar, String source) {
        super(name, start, fStar, source);
    }

    /** The number of element functions. */
    abstract int elementCount();

    /** An upper bound on the number of variables of any element. */
    abstract int maxElementSize();

    /**
     * Writes the (0-based) variable indices of element {@code e} into {@code idx} and returns
     * their number k. An index may repeat; the scatter then adds the contributions.
     */
    abstract int variables(int e, int[] idx);

    /**
     * Evaluates element {@code e} at its variables {@code w.u[0..k)} (k = {@code w.k}). When
     * {@code order ≥ 1} writes its gradient into {@code w.g[0..k)}, and when {@code order = 2} its
     * Hessian into {@code w.h} (row-major, stride k, both triangles); both arrive zeroed.
     */
    abstract double element(int e, Work w, int order);

    /** The constant term c (zero unless the problem's SIF file has one). */
    double constantTerm() {
        return 0;
    }

    @Override
    public double value(double[] x) {
        Work w = new Work(maxElementSize(), 0);
        double f = constantTerm();
        for (int e = 0, m = elementCount(); e < m; e++) {
            load(e, x, w);
            f += element(e, w, 0);
        }
        return f;
    }

    @Override
    public void gradient(double[] x, double[] g) {
        valueAndGradient(x, g);
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        Arrays.fill(g, 0, dimension(), 0.0);
        Work w = new Work(maxElementSize(), 1);
        double f = constantTerm();
        for (int e = 0, m = elementCount(); e < m; e++) {
            load(e, x, w);
            Arrays.fill(w.g, 0, w.k, 0.0);
            f += element(e, w, 1);
            for (int a = 0; a < w.k; a++) {
                g[w.idx[a]] += w.g[a];
            }
        }
        return f;
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj h) {
        h.zero();
        Work w = new Work(maxElementSize(), 2);
        for (int e = 0, m = elementCount(); e < m; e++) {
            int k = elementHessian(e, x, w);
            for (int a = 0; a < k; a++) {
                int row = w.idx[a];
                for (int b = 0; b < k; b++) {
                    h.add(row, w.idx[b], w.h[a * k + b]);
                }
            }
        }
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        Arrays.fill(out, 0, dimension(), 0.0);
        Work w = new Work(maxElementSize(), 2);
        for (int e = 0, m = elementCount(); e < m; e++) {
            int k = elementHessian(e, x, w);
            for (int a = 0; a < k; a++) {
                double s = 0;
                for (int b = 0; b < k; b++) {
                    s += w.h[a * k + b] * v[w.idx[b]];
                }
                out[w.idx[a]] += s;
            }
        }
    }

    private int elementHessian(int e, double[] x, Work w) {
        load(e, x, w);
        int k = w.k;
        Arrays.fill(w.g, 0, k, 0.0);
        Arrays.fill(w.h, 0, k * k, 0.0);
        element(e, w, 2);
        return k;
    }

    private void load(int e, double[] x, Work w) {
        int k = variables(e, w.idx);
        w.k = k;
        for (int a = 0; a < k; a++) {
            w.u[a] = x[w.idx[a]];
        }
    }

    /** Writes 0, 1, …, n − 1 into idx and returns n: an element over every variable. */
    static int allVariables(int[] idx, int n) {
        for (int j = 0; j < n; j++) {
            idx[j] = j;
        }
        return n;
    }

    /** Adds v to h[a][b] and, when a ≠ b, to h[b][a] (stride k). */
    static void addSym(double[] h, int k, int a, int b, double v) {
        h[a * k + b] += v;
        if (a != b) {
            h[b * k + a] += v;
        }
    }

    /** Per-call scratch: element variables, their values and the element's derivatives. */
    static final class Work {
        final int[] idx;
        final double[] u;
        final double[] g;
        final double[] h;
        /** Scratch for {@link SumOfSquares}: a residual's gradient and Hessian. */
        final double[] rg;
        final double[] rh;
        int k;

        Work(int kMax, int order) {
            idx = new int[kMax];
            u = new double[kMax];
            g = new double[order >= 1 ? kMax : 0];
            h = new double[order >= 2 ? kMax * kMax : 0];
            rg = new double[order >= 1 ? kMax : 0];
            rh = new double[order >= 2 ? kMax * kMax : 0];
        }
    }
}
