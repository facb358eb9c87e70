package dev.curvature.spark;

import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.Checks;
import org.ejml.data.DMatrixRMaj;

/**
 * An objective in scaled variables: h(u) = f(S·u) with S = diag(s), s &gt; 0, so that
 * ∇h(u) = S·∇f(Su), ∇²h(u) = S·∇²f(Su)·S and ∇²h(u)·v = S·∇²f(Su)·(Sv). Minimizing h and mapping
 * back with w = S·u gives the minimizer of f; every evaluation of h is one evaluation of f, so on
 * a {@link DistributedObjective} it costs the same passes.
 *
 * <p>Why: methods that are not invariant under a change of variables (CG inside Newton–CG,
 * L-BFGS's initial matrix, steepest descent) slow down when the variables have very different
 * scales; a diagonal change of variables is the classical remedy (Nocedal &amp; Wright, 2nd ed.,
 * §2.2 "Scaling"; Dennis &amp; Schnabel, §7.1). {@link #jacobi} picks s = 1/rms(feature), which
 * turns the Gram matrix's diagonal into ones, i.e. Jacobi preconditioning of the GLM Hessian's
 * data part, and is the scaling Spark MLlib applies internally. Newton's method with the exact
 * Hessian is invariant under it.
 *
 * <p>The optimizer's gradient tolerance then applies to ∇h = S·∇f: to stop on ‖∇f‖∞, divide
 * ∇h by s (see {@link #originalGradient}) in an {@code IterationListener}, or tighten the
 * tolerance by min(s). Immutable and thread-safe when f is; each call allocates O(n) scratch.
 */
public final class DiagonallyScaled implements TwiceDifferentiable {
    private final TwiceDifferentiable f;
    private final double[] s;

    private DiagonallyScaled(TwiceDifferentiable f, double[] s) {
        this.f = f;
        this.s = s;
    }

    /**
     * h(u) = f(diag(scales)·u).
     *
     * @param scales n finite positive factors s (copied)
     * @throws IllegalArgumentException naming the argument when f is null, the length is not
     *     f's dimension, or a factor is not finite and positive
     */
    public static DiagonallyScaled of(TwiceDifferentiable f, double[] scales) {
        Checks.notNull(f, "f");
        Checks.notNull(scales, "scales");
        if (scales.length != f.dimension()) {
            throw new IllegalArgumentException("scales has length " + scales.length
                    + " but the objective's dimension is " + f.dimension());
        }
        double[] copy = scales.clone();
        for (int j = 0; j < copy.length; j++) {
            Checks.positive(copy[j], "scales[" + j + "]");
        }
        return new DiagonallyScaled(f, copy);
    }

    /**
     * Jacobi scaling of a distributed GLM objective: sⱼ = 1/rmsⱼ with rmsⱼ the weighted root
     * mean square of feature j ({@link DistributedObjective#featureRootMeanSquares()}); a
     * feature that is zero on every row keeps sⱼ = 1. Needs no extra pass.
     */
    public static DiagonallyScaled jacobi(DistributedObjective f) {
        double[] rms = f.featureRootMeanSquares();
        double[] scales = new double[rms.length];
        for (int j = 0; j < rms.length; j++) {
            scales[j] = rms[j] > 0 ? 1 / rms[j] : 1;
        }
        return new DiagonallyScaled(f, scales);
    }

    /** The scale factors s (a fresh array). */
    public double[] scales() {
        return s.clone();
    }

    /** The unscaled objective f. */
    public TwiceDifferentiable original() {
        return f;
    }

    /** w = S·u: a point of h mapped to the variables of f (a fresh array). */
    public double[] toOriginal(double[] u) {
        checkLength(u, "u");
        double[] w = new double[s.length];
        for (int j = 0; j < s.length; j++) {
            w[j] = s[j] * u[j];
        }
        return w;
    }

    /** u = S⁻¹·w: a point of f mapped to the variables of h (a fresh array). */
    public double[] toScaled(double[] w) {
        checkLength(w, "w");
        double[] u = new double[s.length];
        for (int j = 0; j < s.length; j++) {
            u[j] = w[j] / s[j];
        }
        return u;
    }

    /** ∇f(Su) = S⁻¹·∇h(u), from a gradient of h, written into {@code out}. */
    public void originalGradient(double[] scaledGradient, double[] out) {
        checkLength(scaledGradient, "scaledGradient");
        checkLength(out, "out");
        for (int j = 0; j < s.length; j++) {
            out[j] = scaledGradient[j] / s[j];
        }
    }

    private void checkLength(double[] a, String name) {
        Checks.notNull(a, name);
        if (a.length != s.length) {
            throw new IllegalArgumentException(
                    name + " has length " + a.length + " but the objective's dimension is " + s.length);
        }
    }

    private void scaleInPlace(double[] v) {
        for (int j = 0; j < s.length; j++) {
            v[j] *= s[j];
        }
    }

    @Override
    public int dimension() {
        return s.length;
    }

    @Override
    public double value(double[] u) {
        return f.value(toOriginal(u));
    }

    @Override
    public void gradient(double[] u, double[] gradientOut) {
        checkLength(gradientOut, "gradientOut");
        f.gradient(toOriginal(u), gradientOut);
        scaleInPlace(gradientOut);
    }

    @Override
    public double valueAndGradient(double[] u, double[] gradientOut) {
        checkLength(gradientOut, "gradientOut");
        double value = f.valueAndGradient(toOriginal(u), gradientOut);
        scaleInPlace(gradientOut);
        return value;
    }

    @Override
    public void hessian(double[] u, DMatrixRMaj out) {
        f.hessian(toOriginal(u), out);
        int n = s.length;
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                out.unsafe_set(j, k, s[j] * out.unsafe_get(j, k) * s[k]);
            }
        }
    }

    @Override
    public void hessianVector(double[] u, double[] v, double[] out) {
        checkLength(out, "out");
        double[] sv = toOriginal(v);
        f.hessianVector(toOriginal(u), sv, out);
        scaleInPlace(out);
    }

    @Override
    public String toString() {
        return "DiagonallyScaled[" + f + "]";
    }
}
