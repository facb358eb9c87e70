package dev.curvature.quasinewton;

import dev.curvature.api.Bounds;
import dev.curvature.api.HessianDiagonal;
import dev.curvature.api.linalg.CholeskyFactor;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import org.ejml.data.DMatrixRMaj;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-run state of {@link Lbfgs}: a ring buffer of the last m pairs (s_i, y_i) with
 * ρ_i = 1/s_iᵀy_i, and γ = sᵀy/yᵀy of the newest pair. Every array is allocated by the
 * constructor; {@link #direction}, {@link #update} and {@link #multiply} allocate nothing.
 *
 * <p>{@link #direction}: the two-loop recursion (Nocedal &amp; Wright, 2nd ed., Algorithm 7.4)
 * with H₀ = γI (N&amp;W (7.20)), 4mn flops, in 2m + 1 passes over n-vectors: each pass updates
 * the work vector (kept in {@code out}) with one stored vector and, in the same loop, takes the
 * dot product the next step of the recursion needs (s_{i−1}ᵀq in the first loop, y_{i+1}ᵀr in
 * the second), so that q is not read once more for it; the scaling by γ, the final sign and the
 * finiteness check ride along in the passes that touch the vector anyway. The arithmetic, and the
 * order of every sum, is that of the textbook loops, so the result is the same to the last bit.
 *
 * <p>{@link #update}: one pass copies s and y into the ring and takes sᵀy, yᵀy and sᵀs. The ring
 * has one slot more than m, so that the copy can be made before the curvature test decides
 * whether the pair is kept: a rejected pair overwrites only the spare slot.
 *
 * <p>{@link #multiply}: B·v with B = H⁻¹ for the same pairs and H₀, in the compact representation
 * of Byrd, Nocedal &amp; Schnabel (1994), eq. (2.17) (N&amp;W (7.24)), with σ = 1/γ:
 * <pre>    B = σI − [σS  Y] [[σSᵀS, L], [Lᵀ, −D]]⁻¹ [σSᵀ; Yᵀ]</pre>
 * where S, Y hold the pairs oldest first, L is the strictly lower part of SᵀY and D its
 * diagonal. The 2k×2k middle system is reduced by block elimination to the k×k positive-definite
 * J = σSᵀS + LD⁻¹Lᵀ (BNS §3), factored by Cholesky ({@link CholeskyFactor}) once per update. SᵀS
 * and SᵀY are brought up to date on the first product after an update, for the pairs stored since
 * the last product (3k dot products per new pair); a line-search run, which never multiplies,
 * does not pay for them. Cost per product: 4mn flops plus O(m²).
 *
 * <p>With the diagonal scaling of {@link Lbfgs} (H₀ = γW_k, W_k from the Hessian diagonal at each
 * iterate, taken when the direction is computed): the middle pass of the two-loop recursion
 * multiplies by γW_k instead of γ, γ = sᵀy/yᵀW_ky, and in the compact form σI becomes σW_k⁻¹ and
 * SᵀS becomes SᵀW_k⁻¹S (recomputed after each rescaling, on the first product). A model that
 * only multiplies (a trust region) is never rescaled: W = I.
 */
final class LbfgsModel implements CurvatureModel {
    private static final Logger LOG = LoggerFactory.getLogger(LbfgsModel.class);

    private final int m;
    /** Ring slots: m + 1, one of which is always free (see {@link #update}). */
    private final int slots;
    private final double tolerance;
    private final double[][] s;
    private final double[][] y;
    private final double[] rho;
    private final double[] alpha;
    /** ss[a][b] = s_aᵀs_b and sy[a][b] = s_aᵀy_b, indexed by ring slot. */
    private final double[][] ss;
    private final double[][] sy;
    /** True for the slots whose rows and columns of ss and sy are not computed yet. */
    private final boolean[] gramStale;
    private final DMatrixRMaj middle;
    private final CholeskyFactor factor;
    private final double[] ca;
    private final double[] cb;
    private final double[] cu;
    private final double[] cw;
    /** The source of the diagonal scaling W_k, or null without. */
    private final CountingObjective diagonalSource;
    /** W_k = D_k⁻¹ for H₀ = γW_k, and D_k for B₀ = σD_k (allocated only with a source). */
    private final double[] w;
    private final double[] dScale;
    /** Whether W_k holds a usable scaling at the current iterate (else W = I). */
    private boolean scaled;
    private int count;
    private int newest = -1;
    private double gamma = 1;
    private boolean compactCurrent;
    private boolean compactOk;
    /** stamp[slot]: a number unique to the pair stored in the slot (its update's count). */
    private final long[] stamp;
    private long stamps;
    /** The bounded direction's work arrays (null until the first bounded direction). */
    private LbfgsbDirection boundedStep;
    private int updates;
    private int skipped;

    /**
     * @param diagonalSource the objective whose Hessian diagonal at each iterate gives the
     *     scaling W_k, or null for W = I
     */
    LbfgsModel(int n, int m, double tolerance, CountingObjective diagonalSource) {
        this.diagonalSource = diagonalSource;
        this.w = diagonalSource == null ? null : new double[n];
        this.dScale = diagonalSource == null ? null : new double[n];
        this.m = m;
        this.slots = m + 1;
        this.tolerance = tolerance;
        this.s = new double[slots][n];
        this.y = new double[slots][n];
        this.rho = new double[slots];
        this.alpha = new double[slots];
        this.ss = new double[slots][slots];
        this.sy = new double[slots][slots];
        this.gramStale = new boolean[slots];
        this.stamp = new long[slots];
        this.middle = new DMatrixRMaj(m, m);
        this.factor = new CholeskyFactor(m);
        this.ca = new double[m];
        this.cb = new double[m];
        this.cu = new double[m];
        this.cw = new double[m];
    }

    /** The ring slot of the c-th stored pair, oldest first. */
    private int slot(int c) {
        return (newest - count + 1 + c + slots) % slots;
    }

    /**
     * The two-loop recursion, fused as described in the class comment. With k pairs, oldest
     * first (c = 0 … k−1), and q = g:
     * <pre>
     *   first loop, c = k−1 … 0:  α_c = ρ_c s_cᵀq;  q ← q − α_c y_c
     *   r = γq
     *   second loop, c = 0 … k−1: β_c = ρ_c y_cᵀr;  r ← r + (α_c − β_c) s_c
     *   p = −r
     * </pre>
     * Each pass below performs one "q ←" or "r ←" line together with the dot product of the
     * line that follows it.
     */
    @Override
    public DirectionStatus direction(double[] x, double[] g, double[] out) {
        if (diagonalSource != null) {
            rescale(x);
        }
        int k = count;
        int n = out.length;
        if (k == 0) {
            double bad = 0;
            double[] wi = scaled ? w : null;
            for (int i = 0; i < n; i++) {
                double v = -(gamma * (wi == null ? g[i] : wi[i] * g[i]));
                out[i] = v;
                bad += v * 0; // NaN as soon as one entry is not finite
            }
            return bad == 0 ? DirectionStatus.OK : DirectionStatus.NON_FINITE;
        }
        // first loop: α_{k−1} from q = g, then one pass per pair
        int i1 = slot(k - 1);
        alpha[i1] = rho[i1] * Vectors.dot(s[i1], g);
        double[] from = g;
        for (int c = k - 1; c >= 0; c--) {
            int i = slot(c);
            double a = -alpha[i];
            double[] yi = y[i];
            if (c > 0) { // q ← q − α_c y_c, then α_{c−1} = ρ s_{c−1}ᵀq
                int next = slot(c - 1);
                double[] sn = s[next];
                double dot = 0;
                for (int j = 0; j < n; j++) {
                    double v = from[j] + a * yi[j];
                    out[j] = v;
                    dot += sn[j] * v;
                }
                alpha[next] = rho[next] * dot;
            } else { // q ← q − α_0 y_0, r = γWq, then β_0 = ρ y_0ᵀr
                double gm = gamma;
                double dot = 0;
                if (!scaled) {
                    for (int j = 0; j < n; j++) {
                        double v = gm * (from[j] + a * yi[j]);
                        out[j] = v;
                        dot += yi[j] * v;
                    }
                } else {
                    double[] wj = w;
                    for (int j = 0; j < n; j++) {
                        double v = gm * (wj[j] * (from[j] + a * yi[j]));
                        out[j] = v;
                        dot += yi[j] * v;
                    }
                }
                alpha[i] -= rho[i] * dot; // α_0 − β_0 in place of α_0
            }
            from = out;
        }
        // second loop: alpha[slot(c)] holds α_c − β_c by the time pass c uses it (β_c is
        // subtracted by the pass before)
        double bad = 0;
        for (int c = 0; c < k; c++) {
            int i = slot(c);
            double b = alpha[i];
            double[] si = s[i];
            if (c < k - 1) { // r ← r + (α_c − β_c) s_c, then β_{c+1} = ρ y_{c+1}ᵀr
                int next = slot(c + 1);
                double[] yn = y[next];
                double dot = 0;
                for (int j = 0; j < n; j++) {
                    double v = out[j] + b * si[j];
                    out[j] = v;
                    dot += yn[j] * v;
                }
                alpha[next] -= rho[next] * dot;
            } else { // p = −(r + (α_{k−1} − β_{k−1}) s_{k−1})
                for (int j = 0; j < n; j++) {
                    double v = -(out[j] + b * si[j]);
                    out[j] = v;
                    bad += v * 0;
                }
            }
        }
        return bad == 0 ? DirectionStatus.OK : DirectionStatus.NON_FINITE;
    }

    /**
     * At each iterate: W_k = D_k⁻¹ from the objective's Hessian diagonal, magnitudes floored
     * ({@link HessianDiagonal#invertForPreconditioning}), W = I where the diagonal is unusable (a
     * non-finite entry, all zero); γ = sᵀy/yᵀW_ky of the newest pair, and the compact form's
     * Gram matrices (weighted by D_k) are recomputed on the next product.
     */
    private void rescale(double[] x) {
        diagonalSource.hessianDiagonal(x, w);
        scaled = HessianDiagonal.invertForPreconditioning(w);
        if (!scaled) {
            LOG.debug("Hessian diagonal unusable for scaling at this iterate: W = I");
        } else {
            for (int i = 0; i < w.length; i++) {
                dScale[i] = 1 / w[i];
            }
        }
        if (count > 0) {
            double[] yn = y[newest];
            gamma = 1 / (rho[newest] * (scaled ? weightedDot(yn, w, yn) : Vectors.dot(yn, yn)));
        }
        java.util.Arrays.fill(gramStale, true);
        compactCurrent = false;
    }

    @Override
    public void update(StepRecord step) {
        double[] sNew = step.s();
        double[] yNew = step.y();
        int q = (newest + 1) % slots; // the free slot: never one of the stored pairs
        double[] sq = s[q];
        double[] yq = y[q];
        double sTy = 0;
        double yTy = 0;
        double sTs = 0;
        double yWy = 0;
        double[] wi = scaled ? w : null; // (a loop-invariant test: the JIT unswitches it)
        for (int i = 0; i < sq.length; i++) {
            double si = sNew[i];
            double yi = yNew[i];
            sq[i] = si;
            yq[i] = yi;
            sTy += si * yi;
            yTy += yi * yi;
            sTs += si * si;
            if (wi != null) {
                yWy += yi * wi[i] * yi;
            }
        }
        if (wi == null) {
            yWy = yTy;
        }
        if (!CurvatureCondition.holds(sTy, Math.sqrt(sTs), Math.sqrt(yTy), tolerance)) {
            skipped++;
            if (LOG.isDebugEnabled()) {
                LOG.debug("update skipped: sᵀy = {} fails the curvature condition", sTy);
            }
            return;
        }
        newest = q;
        stamp[q] = ++stamps;
        count = Math.min(count + 1, m);
        rho[q] = 1 / sTy;
        gamma = sTy / yWy;
        gramStale[q] = true;
        compactCurrent = false;
        updates++;
    }

    /**
     * Fills the rows and columns of SᵀS and SᵀY for the pairs stored since the last product
     * (against every stored pair).
     */
    private void refreshGram() {
        for (int c = 0; c < count; c++) {
            int q = slot(c);
            if (!gramStale[q]) {
                continue;
            }
            for (int d = 0; d < count; d++) {
                int t = slot(d);
                double st = scaled ? weightedDot(s[q], dScale, s[t]) : Vectors.dot(s[q], s[t]);
                ss[q][t] = st;
                ss[t][q] = st;
                sy[q][t] = Vectors.dot(s[q], y[t]);
                sy[t][q] = Vectors.dot(s[t], y[q]);
            }
            gramStale[q] = false;
        }
    }

    private static double weightedDot(double[] u, double[] weight, double[] v) {
        double d = 0;
        for (int i = 0; i < u.length; i++) {
            d += u[i] * weight[i] * v[i];
        }
        return d;
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
            refreshGram();
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
        double[] dd = scaled ? dScale : null;
        if (count == 0 || !ensureCompact()) { // no pairs (left): B = B₀ = σD
            scaleByB0(sigma, v, out);
            return;
        }
        int k = count;
        for (int c = 0; c < k; c++) {
            int i = slot(c);
            ca[c] = sigma * (dd == null ? Vectors.dot(s[i], v) : weightedDot(s[i], dd, v));
            cb[c] = Vectors.dot(y[i], v);
        }
        solveMiddle(ca, cb, cu, cw);
        if (dd == null) { // B = σI − σS·u − Y·w
            Vectors.scale(sigma, v, out);
            for (int c = 0; c < k; c++) {
                int i = slot(c);
                Vectors.axpy(-sigma * cu[c], s[i], out);
                Vectors.axpy(-cw[c], y[i], out);
            }
            return;
        }
        // B₀ = σD: B·v = σD(v − S·u) − Y·w
        System.arraycopy(v, 0, out, 0, v.length);
        for (int c = 0; c < k; c++) {
            Vectors.axpy(-cu[c], s[slot(c)], out);
        }
        for (int j = 0; j < out.length; j++) {
            out[j] *= sigma * dd[j];
        }
        for (int c = 0; c < k; c++) {
            Vectors.axpy(-cw[c], y[slot(c)], out);
        }
    }

    /**
     * (u, w) = M·(a, b) for the middle matrix M = [[σSᵀS, L], [Lᵀ, −D]]⁻¹ of the compact form
     * (current: {@link #ensureCompact} has succeeded), by block elimination: J u = a + LD⁻¹b with
     * J = σSᵀS + LD⁻¹Lᵀ factored, then w = D⁻¹(Lᵀu − b) (Byrd, Nocedal &amp; Schnabel 1994,
     * §3). {@code a} and {@code u} may be the same array, and {@code b} and {@code w}.
     */
    private void solveMiddle(double[] a, double[] b, double[] u, double[] w) {
        int k = count;
        for (int c = 0; c < k; c++) { // J u = a + L D⁻¹ b
            int sc = slot(c);
            double r = a[c];
            for (int l = 0; l < c; l++) {
                int sl = slot(l);
                r += sy[sc][sl] * b[l] / sy[sl][sl];
            }
            u[c] = r;
        }
        factor.solve(u, u);
        for (int l = 0; l < k; l++) { // w = D⁻¹(Lᵀu − b)
            int sl = slot(l);
            double r = -b[l];
            for (int c = l + 1; c < k; c++) {
                r += sy[slot(c)][sl] * u[c];
            }
            w[l] = r / sy[sl][sl];
        }
    }

    /** out = B₀·v: σD·v, or σv without scaling. */
    private void scaleByB0(double sigma, double[] v, double[] out) {
        if (!scaled) {
            Vectors.scale(sigma, v, out);
            return;
        }
        for (int j = 0; j < out.length; j++) {
            out[j] = sigma * dScale[j] * v[j];
        }
    }

    /** L-BFGS-B's direction under bounds, built on first use (a run without bounds never pays). */
    @Override
    public DirectionStatus boundedDirection(double[] x, double[] g, Bounds bounds, double[] out) {
        if (boundedStep == null) {
            boundedStep = new LbfgsbDirection(this, x.length, m, LbfgsbDirection.REFRESH);
        }
        return boundedStep.direction(x, g, bounds, out);
    }

    /**
     * Brings the compact form B = σI − W·M·Wᵀ, W = [σS  Y], up to date for
     * {@link LbfgsbDirection} and lists the stored pairs, oldest first. Under bounds the model is
     * never rescaled by a Hessian diagonal (B₀ = σI).
     *
     * @param stampOut receives, for each pair, a number that identifies it for as long as it
     *     is stored (so that sums over its entries can be kept between calls)
     * @return k, the number of pairs in the form (0: B = σI)
     */
    int compactForm(double[][] sOut, double[][] yOut, long[] stampOut) {
        if (count == 0 || !ensureCompact()) {
            return 0;
        }
        for (int c = 0; c < count; c++) {
            int q = slot(c);
            sOut[c] = s[q];
            yOut[c] = y[q];
            stampOut[c] = stamp[q];
        }
        return count;
    }

    /** σ = 1/γ, the scale of B₀ = σI. */
    double sigma() {
        return 1 / gamma;
    }

    /**
     * out = M·v for 2k-vectors (the S-part first, then the Y-part), after
     * {@link #compactForm} returned k &gt; 0; {@code out} may be {@code v}.
     */
    void applyMiddle(double[] v, double[] out) {
        int k = count;
        System.arraycopy(v, 0, ca, 0, k);
        System.arraycopy(v, k, cb, 0, k);
        solveMiddle(ca, cb, cu, cw);
        System.arraycopy(cu, 0, out, 0, k);
        System.arraycopy(cw, 0, out, k, k);
    }

    /** Forgets the pairs; γ is kept, so the next direction is −γg (−γW_kg when scaled). */
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
