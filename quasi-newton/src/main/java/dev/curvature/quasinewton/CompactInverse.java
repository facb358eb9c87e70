package dev.curvature.quasinewton;

import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import java.util.Arrays;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;

/**
 * The L-BFGS direction p = −H·g from the compact representation of the inverse BFGS matrix
 * (Byrd, Nocedal &amp; Schnabel 1994, "Representations of quasi-Newton matrices and their use in
 * limited memory methods", Math. Program. 63:129, Theorem 2.2 and §4), with H₀ = γI:
 * <pre>    H = γI + [S  γY] [[R⁻ᵀ(D + γYᵀY)R⁻¹, −R⁻ᵀ], [−R⁻¹, 0]] [Sᵀ; γYᵀ]</pre>
 * where S, Y hold the stored pairs oldest first, R is the upper triangle of SᵀY and D its
 * diagonal. With a = Sᵀg, b = Yᵀg, t = R⁻¹a and u = R⁻ᵀ((D + γYᵀY)t − γb):
 * <pre>    p = −γg − S·u + γY·t</pre>
 * The same matrix as the two-loop recursion (N&amp;W Algorithm 7.4) on the same pairs, in two
 * passes over the stored vectors instead of 2m dependent ones, each reading every stored vector
 * once, block by block ({@link #BLOCK} elements of every vector at a time, so that g and p are
 * read or written once too):
 * <ol>
 *   <li>a = Sᵀg and b = Yᵀg;
 *   <li>after the two k×k triangular solves with R (EJML's {@link TriangularSolver_DDRM}),
 *       p = −γg − S·u + γY·t, with the finiteness check.
 * </ol>
 * R and YᵀY are kept up to date without a pass of their own, as in BNS §4: when the newest pair
 * was made from the step between the previous direction's iterate and this one (an accepted step,
 * y_new = g − g_prev, recognized by its record's gradient ∇f(x₊) being the very array this
 * direction is asked for, as the driver hands them), its column is Sᵀy_new = Sᵀg − Sᵀg_prev and Yᵀy_new = Yᵀg − Yᵀg_prev, from
 * this pass's a, b and the previous pass's, with s_newᵀy_new and y_newᵀy_new from the model's
 * update; the differences carry the rounding error ε‖g‖ that y_new = g − g_prev already carries.
 * Any other arrival of pairs (several updates between two directions, a refused trial's pair)
 * takes the columns by plain dot products.
 *
 * <p>4mn + O(m²) flops, as the two-loop recursion; 2m + 1 vector reads in the first pass, 2m + 1
 * reads and one write in the second, against 6m + 2 reads and 2m writes for the fused two-loop
 * recursion. The sums are taken in another order than the two-loop recursion's, so p agrees with
 * it to rounding, not to the last bit.
 *
 * <p>Owned by an {@link LbfgsModel}, which holds the ring of pairs and tells this kernel which
 * slots it has filled ({@link #added}); all arrays are allocated by the constructor.
 */
final class CompactInverse {
    /**
     * Elements per block of the two passes: at m = 10 the 2m + 2 vector blocks of a pass (2 KB
     * each) fit in a 48 KB L1 cache.
     */
    static final int BLOCK = 256;

    private final double[][] s;
    private final double[][] y;
    /** sy[a][b] = s_aᵀy_b and yy[a][b] = y_aᵀy_b by ring slot, for slots not stale. */
    private final double[][] sy;
    private final double[][] yy;
    /** True for the slots filled since their Gram entries were last computed. */
    private final boolean[] stale;
    /** Sᵀg and Yᵀg, then t and u, oldest pair first. */
    private final double[] a;
    private final double[] b;
    /** s_aᵀg and y_aᵀg of the last direction's g, by ring slot. */
    private final double[] sgLast;
    private final double[] ygLast;
    /** Pairs added since the last direction. */
    private int addedSinceDirection;
    /** ∇f at the end of the last pair's step when it was accepted, else null. */
    private double[] addedGradient;
    /** s_newᵀy_new and y_newᵀy_new of the last pair added. */
    private double addedSy;
    private double addedYy;
    /** Rᵀ, k×k row-major (lower triangular). */
    private final double[] rt;
    /** The coefficients of S and Y in p. */
    private final double[] cs;
    private final double[] cy;

    /**
     * @param s the ring of steps, shared with the model
     * @param y the ring of gradient changes, shared with the model
     * @param m the number of pairs kept
     */
    CompactInverse(double[][] s, double[][] y, int m) {
        this.s = s;
        this.y = y;
        int slots = s.length;
        this.sy = new double[slots][slots];
        this.yy = new double[slots][slots];
        this.stale = new boolean[slots];
        this.a = new double[m];
        this.b = new double[m];
        this.sgLast = new double[slots];
        this.ygLast = new double[slots];
        this.rt = new double[m * m];
        this.cs = new double[m];
        this.cy = new double[m];
    }

    /**
     * Ring slot {@code slot} holds a new pair, made from {@code step}: its Gram entries are
     * computed with the next direction.
     *
     * @param sTy s_newᵀy_new
     * @param yTy y_newᵀy_new
     */
    void added(int slot, StepRecord step, double sTy, double yTy) {
        stale[slot] = true;
        addedSinceDirection++;
        addedGradient = step.accepted() ? step.gradient() : null;
        addedSy = sTy;
        addedYy = yTy;
    }

    /**
     * out = −H·g for the k ≥ 1 pairs in the ring slots {@code order[0..k−1]}, oldest first, and
     * H₀ = γI, in the two passes of the class comment.
     *
     * @return {@link DirectionStatus#NON_FINITE} when an entry of out is not finite
     */
    DirectionStatus direction(int[] order, int k, double gamma, double[] g, double[] out) {
        int q = order[k - 1];
        boolean byDifferences = stale[q] && addedSinceDirection == 1 && g == addedGradient;
        if (!byDifferences) {
            for (int c = 0; c < k; c++) {
                if (stale[order[c]]) {
                    gramColumn(order, k, c);
                }
            }
        }
        crossProducts(order, k, g);
        if (byDifferences) {
            for (int c = 0; c < k - 1; c++) { // y_new = g − g_prev
                int o = order[c];
                sy[o][q] = a[c] - sgLast[o];
                double v = b[c] - ygLast[o];
                yy[o][q] = v;
                yy[q][o] = v;
            }
            sy[q][q] = addedSy;
            yy[q][q] = addedYy;
            stale[q] = false;
        }
        for (int c = 0; c < k; c++) {
            sgLast[order[c]] = a[c];
            ygLast[order[c]] = b[c];
        }
        addedSinceDirection = 0;
        // Rᵀ (lower): Rᵀ[c][d] = R[d][c] = s_dᵀy_c for d ≤ c
        for (int c = 0; c < k; c++) {
            int oc = order[c];
            for (int d = 0; d < k; d++) {
                rt[c * k + d] = d <= c ? sy[order[d]][oc] : 0;
            }
        }
        TriangularSolver_DDRM.solveTranL(rt, a, k); // t = R⁻¹a, in a
        for (int c = 0; c < k; c++) { // (D + γYᵀY)t − γb, in b
            double[] yyc = yy[order[c]];
            double r = 0;
            for (int d = 0; d < k; d++) {
                r += yyc[order[d]] * a[d];
            }
            b[c] = rt[c * k + c] * a[c] + gamma * (r - b[c]);
        }
        TriangularSolver_DDRM.solveL(rt, b, k); // u = R⁻ᵀ(…), in b
        for (int c = 0; c < k; c++) {
            cs[c] = -b[c];
            cy[c] = gamma * a[c];
        }
        return combine(order, k, gamma, g, out);
    }

    /** First pass: a = Sᵀg and b = Yᵀg, reading each vector once, block by block. */
    private void crossProducts(int[] order, int k, double[] g) {
        Arrays.fill(a, 0, k, 0);
        Arrays.fill(b, 0, k, 0);
        int n = g.length;
        for (int lo = 0; lo < n; lo += BLOCK) {
            int hi = Math.min(n, lo + BLOCK);
            for (int c = 0; c < k; c++) {
                double[] sc = s[order[c]];
                double[] yc = y[order[c]];
                double sg = 0;
                double yg = 0;
                for (int i = lo; i < hi; i++) {
                    double gi = g[i];
                    sg += sc[i] * gi;
                    yg += yc[i] * gi;
                }
                a[c] += sg;
                b[c] += yg;
            }
        }
    }

    /** Second pass: out = −γg + S·cs + Y·cy, block by block. */
    private DirectionStatus combine(int[] order, int k, double gamma, double[] g, double[] out) {
        int n = g.length;
        double bad = 0;
        for (int lo = 0; lo < n; lo += BLOCK) {
            int hi = Math.min(n, lo + BLOCK);
            for (int i = lo; i < hi; i++) {
                out[i] = -gamma * g[i];
            }
            for (int c = 0; c < k; c++) {
                double[] sc = s[order[c]];
                double[] yc = y[order[c]];
                double u = cs[c];
                double v = cy[c];
                for (int i = lo; i < hi; i++) {
                    out[i] += u * sc[i] + v * yc[i];
                }
            }
            for (int i = lo; i < hi; i++) {
                bad += out[i] * 0; // NaN as soon as one entry is not finite
            }
        }
        return bad == 0 ? DirectionStatus.OK : DirectionStatus.NON_FINITE;
    }

    /** The Gram column of the c-th pair against all k, by plain dot products. */
    private void gramColumn(int[] order, int k, int c) {
        int q = order[c];
        for (int d = 0; d < k; d++) {
            int o = order[d];
            sy[o][q] = Vectors.dot(s[o], y[q]);
            double v = Vectors.dot(y[o], y[q]);
            yy[o][q] = v;
            yy[q][o] = v;
        }
        stale[q] = false;
    }
}
