package dev.curvature.quasinewton;

import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.Vectors;
import java.util.Arrays;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;

/**
 * The L-BFGS direction p = −H·g from the compact representation of the inverse BFGS matrix
 * (Byrd, Nocedal &amp; Schnabel 1994, "Representations of quasi-Newton matrices and their use in
 * limited memory methods", Math. Program. 63:129, Theorem 2.2 and §4), with H₀ = γI:
 * <pre>    H = γI + [S  γY] [[R⁻ᵀ(D + γYᵀY)R⁻¹, −R⁻ᵀ], [−R⁻¹, 0]] [Sᵀ; Yᵀ]</pre>
 * where S, Y hold the stored pairs oldest first, R is the upper triangle of SᵀY and D its
 * diagonal. With a = Sᵀg, b = Yᵀg, t = R⁻¹a and u = R⁻ᵀ((D + γYᵀY)t − γb):
 * <pre>    p = −γg − S·u + γY·t</pre>
 * The same matrix as the two-loop recursion (N&amp;W Algorithm 7.4) on the same pairs, in two
 * passes over the stored vectors instead of 2m dependent ones, each reading every stored vector
 * once, block by block ({@link #BLOCK} elements of every vector at a time, so that g and p are
 * read or written once too):
 * <ol>
 *   <li>a = Sᵀg and b = Yᵀg, and in the same loop the newest pair's column of the small Gram
 *       matrices, Sᵀy_new and Yᵀy_new (so R and YᵀY are kept up to date without a pass of their
 *       own; as BNS §4, only the new pair's entries are computed);
 *   <li>after the two k×k triangular solves with R (EJML's {@link TriangularSolver_DDRM}),
 *       p = −γg − S·u + γY·t, with the finiteness check.
 * </ol>
 * 4mn + O(m²) flops for the direction (as the two-loop recursion) plus 2mn for the Gram column;
 * 2m + 1 vector reads in the first pass, 2m + 1 reads and one write in the second, against
 * 6m + 2 reads and 2m writes for the fused two-loop recursion. The sums are taken in another
 * order than the two-loop recursion's, so p agrees with it to rounding, not to the last bit.
 *
 * <p>Owned by an {@link LbfgsModel}, which holds the ring of pairs and tells this kernel which
 * slots it has filled ({@link #added}); all arrays are allocated by the constructor.
 */
final class CompactInverse {
    /**
     * Elements per block of the two passes: at m = 10 the 2m + 2 vector blocks of the first pass
     * (2 KB each) fit in a 48 KB L1 cache.
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
    /** Sᵀy_new and Yᵀy_new of the newest pair, oldest first. */
    private final double[] e;
    private final double[] f;
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
        this.e = new double[m];
        this.f = new double[m];
        this.rt = new double[m * m];
        this.cs = new double[m];
        this.cy = new double[m];
    }

    /** Ring slot {@code slot} holds a new pair: its Gram entries are computed on the next product. */
    void added(int slot) {
        stale[slot] = true;
    }

    /**
     * out = −H·g for the k ≥ 1 pairs in the ring slots {@code order[0..k−1]}, oldest first, and
     * H₀ = γI, in the two passes of the class comment.
     *
     * @return {@link DirectionStatus#NON_FINITE} when an entry of out is not finite
     */
    DirectionStatus direction(int[] order, int k, double gamma, double[] g, double[] out) {
        for (int c = 0; c < k - 1; c++) { // several pairs since the last product (not in a line search)
            if (stale[order[c]]) {
                gramColumn(order, k, c);
            }
        }
        int q = order[k - 1];
        crossProducts(order, k, g, y[q]);
        if (stale[q]) {
            for (int c = 0; c < k; c++) {
                int o = order[c];
                sy[o][q] = e[c];
                yy[o][q] = f[c];
                yy[q][o] = f[c];
            }
            stale[q] = false;
        }
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

    /**
     * First pass: a = Sᵀg, b = Yᵀg, e = Sᵀyq, f = Yᵀyq, reading each vector once, block by block.
     */
    private void crossProducts(int[] order, int k, double[] g, double[] yq) {
        Arrays.fill(a, 0, k, 0);
        Arrays.fill(b, 0, k, 0);
        Arrays.fill(e, 0, k, 0);
        Arrays.fill(f, 0, k, 0);
        int n = g.length;
        for (int lo = 0; lo < n; lo += BLOCK) {
            int hi = Math.min(n, lo + BLOCK);
            for (int c = 0; c < k; c++) {
                double[] sc = s[order[c]];
                double[] yc = y[order[c]];
                double sg = 0;
                double yg = 0;
                double sq = 0;
                double yqq = 0;
                for (int i = lo; i < hi; i++) {
                    double gi = g[i];
                    double qi = yq[i];
                    double si = sc[i];
                    double yi = yc[i];
                    sg += si * gi;
                    yg += yi * gi;
                    sq += si * qi;
                    yqq += yi * qi;
                }
                a[c] += sg;
                b[c] += yg;
                e[c] += sq;
                f[c] += yqq;
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
