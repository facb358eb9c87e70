package dev.curvature.quasinewton;

import dev.curvature.api.CurvatureModel;
import dev.curvature.api.DirectionStatus;
import dev.curvature.api.Vectors;
import dev.curvature.trustregion.CholeskyFactor;
import org.ejml.data.DMatrixRMaj;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-run state of {@link Lbfgs}: a ring buffer of the last m pairs (s_i, y_i) with
 * ρ_i = 1/s_iᵀy_i, and γ = sᵀy/yᵀy of the newest pair. Every array is allocated by the
 * constructor; {@link #direction}, {@link #update} and {@link #multiply} allocate nothing.
 *
 * <p>{@link #direction}: the two-loop recursion (Nocedal &amp; Wright, 2nd ed., Algorithm 7.4)
 * with H₀ = γI (N&amp;W (7.20)), 4mn flops.
 *
 * <p>{@link #multiply}: B·v with B = H⁻¹ for the same pairs and H₀, in the compact representation
 * of Byrd, Nocedal &amp; Schnabel (1994), eq. (2.17) (N&amp;W (7.24)), with σ = 1/γ:
 * <pre>    B = σI − [σS  Y] [[σSᵀS, L], [Lᵀ, −D]]⁻¹ [σSᵀ; Yᵀ]</pre>
 * where S, Y hold the pairs oldest first, L is the strictly lower part of SᵀY and D its
 * diagonal. The 2k×2k middle system is reduced by block elimination to the k×k positive-definite
 * J = σSᵀS + LD⁻¹Lᵀ (BNS §3), factored by Cholesky ({@link CholeskyFactor}) once per update. SᵀS and SᵀY are kept
 * up to date incrementally (2m dot products per update). Cost per product: 4mn flops plus O(m²).
 */
final class LbfgsModel implements CurvatureModel {
    private static final Logger LOG = LoggerFactory.getLogger(LbfgsModel.class);

    private final int m;
    private final double tolerance;
    private final double[][] s;
    private final double[][] y;
    private final double[] rho;
    private final double[] alpha;
    /** ss[a][b] = s_aᵀs_b and sy[a][b] = s_aᵀy_b, indexed by ring slot. */
    private final double[][] ss;
    private final double[][] sy;
    private final DMatrixRMaj middle;
    private final CholeskyFactor factor;
    private final double[] ca;
    private final double[] cb;
    private final double[] cu;
    private final double[] cw;
    private int count;
    private int newest = -1;
    private double gamma = 1;
    private boolean compactCurrent;
    private boolean compactOk;
    private int updates;
    private int skipped;

    LbfgsModel(int n, int m, double tolerance) {
        this.m = m;
        this.tolerance = tolerance;
        this.s = new double[m][n];
        this.y = new double[m][n];
        this.rho = new double[m];
        this.alpha = new double[m];
        this.ss = new double[m][m];
        this.sy = new double[m][m];
        this.middle = new DMatrixRMaj(m, m);
        this.factor = new CholeskyFactor(m);
        this.ca = new double[m];
        this.cb = new double[m];
        this.cu = new double[m];
        this.cw = new double[m];
    }

    /** The ring slot of the c-th stored pair, oldest first. */
    private int slot(int c) {
        return (newest - count + 1 + c + m) % m;
    }

    @Override
    public DirectionStatus direction(double[] x, double[] g, double[] out) {
        Vectors.copy(g, out);
        for (int c = count - 1; c >= 0; c--) {
            int i = slot(c);
            double a = rho[i] * Vectors.dot(s[i], out);
            alpha[i] = a;
            Vectors.axpy(-a, y[i], out);
        }
        Vectors.scale(gamma, out);
        for (int c = 0; c < count; c++) {
            int i = slot(c);
            double beta = rho[i] * Vectors.dot(y[i], out);
            Vectors.axpy(alpha[i] - beta, s[i], out);
        }
        Vectors.scale(-1, out);
        return Vectors.allFinite(out) ? DirectionStatus.OK : DirectionStatus.NON_FINITE;
    }

    @Override
    public void update(double[] sNew, double[] yNew, double[] x, double[] g) {
        double sTy = Vectors.dot(sNew, yNew);
        double yTy = Vectors.dot(yNew, yNew);
        if (!CurvatureCondition.holds(sTy, Vectors.norm2(sNew), Math.sqrt(yTy), tolerance)) {
            skipped++;
            if (LOG.isDebugEnabled()) {
                LOG.debug("update skipped: sᵀy = {} fails the curvature condition", sTy);
            }
            return;
        }
        newest = (newest + 1) % m;
        count = Math.min(count + 1, m);
        int q = newest;
        Vectors.copy(sNew, s[q]);
        Vectors.copy(yNew, y[q]);
        rho[q] = 1 / sTy;
        gamma = sTy / yTy;
        for (int c = 0; c < count; c++) {
            int t = slot(c);
            double st = Vectors.dot(s[q], s[t]);
            ss[q][t] = st;
            ss[t][q] = st;
            sy[q][t] = Vectors.dot(s[q], y[t]);
            sy[t][q] = Vectors.dot(s[t], y[q]);
        }
        compactCurrent = false;
        updates++;
    }

    /**
     * Builds and factors J = σSᵀS + LD⁻¹Lᵀ (chronological order) once per update. When J is
     * numerically singular (nearly dependent steps, badly scaled variables), the oldest pairs
     * are forgotten one at a time until it factors, so that {@link #direction} and
     * {@link #multiply} keep describing the same H = B⁻¹; with one pair J = σsᵀs &gt; 0 always
     * factors.
     */
    private boolean ensureCompact() {
        if (!compactCurrent) {
            compactOk = false;
            while (count > 0 && !(compactOk = factorCompact())) {
                count--;
                if (LOG.isDebugEnabled()) {
                    LOG.debug("compact L-BFGS matrix is numerically singular: oldest pair dropped,"
                            + " {} left", count);
                }
            }
            compactCurrent = true;
        }
        return compactOk;
    }

    private boolean factorCompact() {
        int k = count;
        double sigma = 1 / gamma;
        middle.reshape(k, k);
        double[] j = middle.data;
        for (int a = 0; a < k; a++) {
            int sa = slot(a);
            for (int b = 0; b <= a; b++) {
                int sb = slot(b);
                double v = sigma * ss[sa][sb];
                for (int l = 0; l < b; l++) { // L[a][l]·L[b][l]/D[l], nonzero for l < b ≤ a
                    int sl = slot(l);
                    v += sy[sa][sl] * sy[sb][sl] / sy[sl][sl];
                }
                j[a * k + b] = v;
                j[b * k + a] = v;
            }
        }
        return factor.factor(middle);
    }

    @Override
    public void multiply(double[] x, double[] g, double[] v, double[] out) {
        double sigma = 1 / gamma;
        if (count == 0 || !ensureCompact()) { // no pairs (left): B = σI
            Vectors.scale(sigma, v, out);
            return;
        }
        int k = count;
        for (int c = 0; c < k; c++) {
            int i = slot(c);
            ca[c] = sigma * Vectors.dot(s[i], v);
            cb[c] = Vectors.dot(y[i], v);
        }
        // J u = σSᵀv + L D⁻¹ Yᵀv
        for (int c = 0; c < k; c++) {
            int sc = slot(c);
            double r = ca[c];
            for (int l = 0; l < c; l++) {
                int sl = slot(l);
                r += sy[sc][sl] * cb[l] / sy[sl][sl];
            }
            cu[c] = r;
        }
        factor.solve(cu, cu);
        // w = D⁻¹(Lᵀu − Yᵀv)
        for (int l = 0; l < k; l++) {
            int sl = slot(l);
            double r = -cb[l];
            for (int c = l + 1; c < k; c++) {
                r += sy[slot(c)][sl] * cu[c];
            }
            cw[l] = r / sy[sl][sl];
        }
        Vectors.scale(sigma, v, out);
        for (int c = 0; c < k; c++) {
            int i = slot(c);
            Vectors.axpy(-sigma * cu[c], s[i], out);
            Vectors.axpy(-cw[c], y[i], out);
        }
    }

    /** Forgets the pairs; γ is kept, so the next direction is −γg. */
    @Override
    public boolean reset() {
        if (count == 0) {
            return false;
        }
        count = 0;
        newest = -1;
        compactCurrent = false;
        return true;
    }

    int storedPairs() {
        return count;
    }

    int updates() {
        return updates;
    }

    int skippedUpdates() {
        return skipped;
    }
}
