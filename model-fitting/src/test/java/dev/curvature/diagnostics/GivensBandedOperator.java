package dev.curvature.diagnostics;

/**
 * A = G·diag(λ)·Gᵀ with G = R₁R₂, R₁ rotating the coordinate pairs (0,1), (2,3), … and R₂ the
 * pairs (1,2), (3,4), … by fixed angles: a banded symmetric matrix (bandwidth ≤ 4) whose
 * eigenvalues are exactly λ, applied matrix-free in O(n). Not thread-safe (one work array).
 */
final class GivensBandedOperator implements SymmetricOperator {
    private final double[] lambda;
    private final double[] cos;
    private final double[] sin;
    private final double[] work;

    GivensBandedOperator(double[] lambda) {
        int n = lambda.length;
        this.lambda = lambda.clone();
        this.cos = new double[n];
        this.sin = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = 0.3 + 0.5 * Math.sin(i);
            cos[i] = Math.cos(angle);
            sin[i] = Math.sin(angle);
        }
        this.work = new double[n];
    }

    @Override
    public int dimension() {
        return lambda.length;
    }

    /** Rotates pairs (i, i+1) for i = start, start+2, …; transposed when {@code transpose}. */
    private void rotate(double[] v, int start, boolean transpose) {
        for (int i = start; i + 1 < v.length; i += 2) {
            double c = cos[i];
            double s = transpose ? -sin[i] : sin[i];
            double a = v[i];
            double b = v[i + 1];
            v[i] = c * a - s * b;
            v[i + 1] = s * a + c * b;
        }
    }

    @Override
    public void multiply(double[] v, double[] out) {
        System.arraycopy(v, 0, work, 0, v.length);
        rotate(work, 0, true);  // R₁ᵀ
        rotate(work, 1, true);  // R₂ᵀ
        for (int i = 0; i < work.length; i++) {
            work[i] *= lambda[i];
        }
        rotate(work, 1, false); // R₂
        rotate(work, 0, false); // R₁
        System.arraycopy(work, 0, out, 0, v.length);
    }
}
