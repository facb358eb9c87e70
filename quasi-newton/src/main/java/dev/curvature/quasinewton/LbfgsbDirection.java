package dev.curvature.quasinewton;

import dev.curvature.api.Bounds;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.Vectors;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The search direction of L-BFGS-B (Byrd, Lu, Nocedal &amp; Zhu, "A limited memory algorithm for
 * bound constrained optimization", SIAM J. Sci. Comput. 16 (1995) 1190–1208; Zhu, Byrd, Lu &amp;
 * Nocedal, "Algorithm 778", ACM TOMS 23 (1997) 550–560), for an {@link LbfgsModel} whose matrix
 * is kept in the compact form B = σI − W·M·Wᵀ, W = [σS  Y] (Byrd, Nocedal &amp; Schnabel 1994):
 *
 * <ol>
 *   <li><b>Generalized Cauchy point</b> (BLNZ §4, Algorithm CP): the first local minimizer x^c of
 *       the quadratic model m(x) = gᵀ(x − x_k) + ½(x − x_k)ᵀB(x − x_k) along the projected
 *       steepest-descent path x(t) = P(x_k − t·g). The path's breakpoints are visited in
 *       increasing order from a binary heap; between breakpoints m is a quadratic in t whose
 *       first and second derivatives f′, f″ are updated in O(m) per breakpoint from the 2m-vectors
 *       p = Wᵀd and c = Wᵀ(x(t) − x_k) (BLNZ (4.9)–(4.10); f″ kept ≥ ε·f″₀ as Algorithm 778's
 *       {@code cauchy}).
 *   <li><b>Subspace minimization</b> (BLNZ §5.1, the direct primal method): with the variables
 *       at a bound at x^c held fixed, the model's unconstrained minimizer over the free variables
 *       Z, d̂ = −B̂⁻¹r̂ with r̂ = Zᵀ(g + σ(x^c − x_k) − W·M·c) and B̂ = σI − ZᵀW·M·WᵀZ, from the
 *       Sherman–Morrison–Woodbury formula (BLNZ (5.10)–(5.11)): only the 2m×2m system
 *       (I − σ⁻¹·M·WᵀZZᵀW)·v = M·WᵀZr̂ is solved (LU, EJML).
 *   <li><b>Projection</b> (Morales &amp; Nocedal, "Remark on Algorithm 778", ACM TOMS 38 (2011)
 *       7): x̄ = P(x^c + d̂); when x̄ − x_k is not a descent direction, x̄ = x^c + α*·d̂ with α*
 *       the largest α ≤ 1 keeping it in the box (the 1995 rule).
 * </ol>
 * The direction is x̄ − x_k: the line search then moves along it within the box. When the small
 * system is singular the direction is x^c − x_k (the Cauchy step, which always descends).
 *
 * <p>Cost per direction: O(n log n) at worst for the breakpoints (O(n) to build the heap plus
 * O(log n) per breakpoint passed) and O(mn) for the products with W. WᵀZZᵀW, a sum over the
 * free variables, is kept from one direction to the next as Algorithm 778's {@code formk} does:
 * only the variables that entered or left the free set are added or subtracted (O(m²) each), and
 * only a new pair's sums are taken over all free variables (O(m·n_free)); every
 * {@value #REFRESH} directions, or when more than half the free set changed, the sums are taken
 * afresh (O(m²·n_free)), so rounding cannot accumulate. Work arrays are allocated once per run.
 */
final class LbfgsbDirection {
    private static final double EPSILON = Math.ulp(1.0);
    /** Directions between two fresh computations of the free-set sums. */
    static final int REFRESH = 20;
    private final int refresh;

    private final LbfgsModel model;
    private final double[][] sPairs;
    private final double[][] yPairs;
    /** Breakpoints t_i during the Cauchy search; then the reduced gradient r̂ (free entries). */
    private final double[] work;
    /** The path direction d during the Cauchy search; then d̂ (free entries). */
    private final double[] path;
    /** x^c. */
    private final double[] cauchy;
    private final int[] heap;
    private final int[] free;
    private final double[] p;
    private final double[] c;
    private final double[] row;
    private final double[] mRow;
    private final double[] v;
    private final DMatrixRMaj gram;
    private final DMatrixRMaj system;
    private final DMatrixRMaj rhs;
    private final DMatrixRMaj solution;
    private final double[] column;
    private final LinearSolverDense<DMatrixRMaj> lu;
    /** The model's identifying number of each pair (oldest first) for the current call. */
    private final long[] pairStamp;
    /** Cache entry of each current pair, and whether its sums must be taken afresh. */
    private final int[] entry;
    private final boolean[] stale;
    private final boolean[] entryUsed;
    /**
     * The free-set sums Σ_{i∈F} s_a[i]s_b[i], s_a[i]y_b[i], y_a[i]y_b[i] over cache entries, for
     * the free set of the previous call ({@link #wasFree}); entryStamp[e] names the pair of entry
     * e (0: none).
     */
    private final double[][] sumSs;
    private final double[][] sumSy;
    private final double[][] sumYy;
    private final long[] entryStamp;
    private boolean[] isFree;
    private boolean[] wasFree;
    private boolean sumsValid;
    private int sinceRefresh;
    /** Per-pair accumulators of a new pair's sums. */
    private final double[][] accumulate;

    /**
     * @param refresh directions between two fresh computations of the free-set sums
     *     ({@link #REFRESH}; 0 takes them afresh every time)
     */
    LbfgsbDirection(LbfgsModel model, int n, int m, int refresh) {
        this.model = model;
        this.refresh = refresh;
        this.sPairs = new double[m][];
        this.yPairs = new double[m][];
        this.pairStamp = new long[m];
        this.entry = new int[m];
        this.stale = new boolean[m];
        this.entryUsed = new boolean[m];
        this.sumSs = new double[m][m];
        this.sumSy = new double[m][m];
        this.sumYy = new double[m][m];
        this.entryStamp = new long[m];
        this.isFree = new boolean[n];
        this.wasFree = new boolean[n];
        this.accumulate = new double[4][m];
        this.work = new double[n];
        this.path = new double[n];
        this.cauchy = new double[n];
        this.heap = new int[n];
        this.free = new int[n];
        int w = 2 * m;
        this.p = new double[w];
        this.c = new double[w];
        this.row = new double[w];
        this.mRow = new double[w];
        this.v = new double[w];
        this.column = new double[w];
        this.gram = new DMatrixRMaj(w, w);
        this.system = new DMatrixRMaj(w, w);
        this.rhs = new DMatrixRMaj(w, 1);
        this.solution = new DMatrixRMaj(w, 1);
        this.lu = LinearSolverFactory_DDRM.lu(w);
    }

    /**
     * Writes x̄ − x into {@code out}, for x in the box.
     *
     * @return {@link DirectionStatus#NON_FINITE} when the direction has a non-finite entry
     */
    DirectionStatus direction(double[] x, double[] g, Bounds bounds, double[] out) {
        int k = model.compactForm(sPairs, yPairs, pairStamp);
        double sigma = model.sigma();
        cauchyPoint(x, g, bounds, k, sigma);
        int nFree = 0;
        for (int i = 0; i < x.length; i++) {
            double xc = cauchy[i];
            boolean inside = xc > bounds.lower(i) && xc < bounds.upper(i);
            isFree[i] = inside;
            if (inside) {
                free[nFree++] = i;
            }
        }
        if (nFree == 0 || k == 0) {
            sumsValid = false; // the free-set sums are not brought up to date by this call
        }
        boolean minimized = nFree > 0 && subspaceMinimization(x, g, k, sigma, nFree);
        double bad = 0;
        if (!minimized) {
            for (int i = 0; i < x.length; i++) {
                double d = cauchy[i] - x[i];
                out[i] = d;
                bad += d * 0;
            }
            return bad == 0 ? DirectionStatus.OK : DirectionStatus.NON_FINITE;
        }
        // x̄ = P(x^c + d̂) (Morales & Nocedal 2011), unless that is not a descent direction
        System.arraycopy(cauchy, 0, out, 0, x.length);
        for (int j = 0; j < nFree; j++) {
            int i = free[j];
            out[i] = bounds.project(i, cauchy[i] + path[i]);
        }
        double slope = 0;
        for (int i = 0; i < x.length; i++) {
            double d = out[i] - x[i];
            out[i] = d;
            slope += g[i] * d;
        }
        if (slope > 0) { // truncate instead: x^c + α*·d̂, α* ≤ 1 the largest feasible (BLNZ §5.1)
            double alpha = 1;
            for (int j = 0; j < nFree; j++) {
                int i = free[j];
                double di = path[i];
                if (di > 0) {
                    alpha = Math.min(alpha, (bounds.upper(i) - cauchy[i]) / di);
                } else if (di < 0) {
                    alpha = Math.min(alpha, (bounds.lower(i) - cauchy[i]) / di);
                }
            }
            for (int i = 0; i < x.length; i++) {
                out[i] = cauchy[i] - x[i];
            }
            for (int j = 0; j < nFree; j++) {
                int i = free[j];
                out[i] = bounds.project(i, cauchy[i] + alpha * path[i]) - x[i];
            }
        }
        for (int i = 0; i < x.length; i++) {
            bad += out[i] * 0;
        }
        return bad == 0 ? DirectionStatus.OK : DirectionStatus.NON_FINITE;
    }

    /**
     * Algorithm CP of BLNZ §4: leaves x^c in {@link #cauchy} and c = Wᵀ(x^c − x) in {@link #c}.
     */
    private void cauchyPoint(double[] x, double[] g, Bounds bounds, int k, double sigma) {
        int n = x.length;
        int breakpoints = 0;
        double f1 = 0; // f′(0) = gᵀd = −dᵀd
        for (int i = 0; i < n; i++) {
            double gi = g[i];
            double t;
            if (gi < 0) {
                double u = bounds.upper(i);
                t = u == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : (x[i] - u) / gi;
            } else if (gi > 0) {
                double l = bounds.lower(i);
                t = l == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : (x[i] - l) / gi;
            } else {
                t = Double.POSITIVE_INFINITY;
            }
            double d = t > 0 ? -gi : 0;
            path[i] = d;
            cauchy[i] = x[i];
            work[i] = t;
            if (d != 0 && t < Double.POSITIVE_INFINITY) {
                heap[breakpoints++] = i;
            }
            f1 -= d * d;
        }
        int k2 = 2 * k;
        java.util.Arrays.fill(c, 0, k2, 0);
        if (f1 == 0) {
            return; // the projected gradient is 0: x is the Cauchy point
        }
        for (int a = 0; a < k; a++) { // p = Wᵀd
            p[a] = sigma * Vectors.dot(sPairs[a], path);
            p[k + a] = Vectors.dot(yPairs[a], path);
        }
        double f2 = -sigma * f1; // f″(0) = dᵀBd = σdᵀd − pᵀMp
        double f2Start = f2;
        if (k > 0) {
            model.applyMiddle(p, v);
            f2 -= dot(v, p, k2);
        }
        if (!(f2 > 0)) {
            f2 = f2Start;
        }
        for (int h = breakpoints / 2 - 1; h >= 0; h--) {
            siftDown(h, breakpoints);
        }
        double dtMin = -f1 / f2;
        double tOld = 0;
        while (breakpoints > 0) {
            int b = heap[0];
            double t = work[b];
            double dt = t - tOld;
            if (dtMin < dt) {
                break;
            }
            heap[0] = heap[--breakpoints];
            siftDown(0, breakpoints);
            double db = path[b];
            double bound = db > 0 ? bounds.upper(b) : bounds.lower(b);
            double zb = bound - x[b];
            cauchy[b] = bound;
            path[b] = 0;
            f1 += dt * f2 + db * db - sigma * db * zb;
            f2 -= sigma * db * db;
            if (k > 0) {
                for (int a = 0; a < k2; a++) {
                    c[a] += dt * p[a];
                }
                rowOfW(b, k, sigma, row);
                model.applyMiddle(row, mRow);
                double wmc = dot(c, mRow, k2);
                double wmp = dot(p, mRow, k2);
                double wmw = dot(row, mRow, k2);
                for (int a = 0; a < k2; a++) {
                    p[a] -= db * row[a];
                }
                f1 += db * wmc;
                f2 += 2 * db * wmp - db * db * wmw;
            }
            f2 = Math.max(EPSILON * f2Start, f2);
            dtMin = -f1 / f2;
            tOld = t;
        }
        dtMin = Math.max(0, dtMin);
        tOld += dtMin;
        for (int i = 0; i < n; i++) {
            double d = path[i];
            if (d != 0) {
                cauchy[i] = bounds.project(i, x[i] + tOld * d);
            }
        }
        for (int a = 0; a < k2; a++) {
            c[a] += dtMin * p[a];
        }
    }

    /**
     * The direct primal method of BLNZ §5.1: leaves d̂ in {@link #path} at the free entries.
     *
     * @return false when the 2k×2k system is singular (then the Cauchy step is used)
     */
    private boolean subspaceMinimization(double[] x, double[] g, int k, double sigma,
            int nFree) {
        int k2 = 2 * k;
        double[] r = work;
        if (k == 0) { // B = σI: d̂ = −r̂/σ
            for (int j = 0; j < nFree; j++) {
                int i = free[j];
                r[i] = g[i] + sigma * (cauchy[i] - x[i]);
                path[i] = -r[i] / sigma;
            }
            return true;
        }
        model.applyMiddle(c, mRow); // M·c
        java.util.Arrays.fill(v, 0, k2, 0);
        for (int j = 0; j < nFree; j++) { // r̂ and v = WᵀZr̂
            int i = free[j];
            rowOfW(i, k, sigma, row);
            double ri = g[i] + sigma * (cauchy[i] - x[i]) - dot(row, mRow, k2);
            r[i] = ri;
            for (int q = 0; q < k2; q++) {
                v[q] += row[q] * ri;
            }
        }
        updateFreeSums(x.length, k, nFree);
        double[] a = gram.data;
        gram.reshape(k2, k2);
        double sigma2 = sigma * sigma;
        for (int p1 = 0; p1 < k; p1++) { // WᵀZZᵀW = [[σ²SᵀZZᵀS, σSᵀZZᵀY], [σYᵀZZᵀS, YᵀZZᵀY]]
            int e = entry[p1];
            for (int p2 = 0; p2 < k; p2++) {
                int f = entry[p2];
                a[p1 * k2 + p2] = sigma2 * sumSs[e][f];
                a[p1 * k2 + k + p2] = sigma * sumSy[e][f];
                a[(k + p2) * k2 + p1] = sigma * sumSy[e][f];
                a[(k + p1) * k2 + k + p2] = sumYy[e][f];
            }
        }
        // N = I − σ⁻¹·M·(WᵀZZᵀW), column by column
        system.reshape(k2, k2);
        for (int s = 0; s < k2; s++) {
            for (int q = 0; q < k2; q++) {
                column[q] = a[q * k2 + s];
            }
            model.applyMiddle(column, column);
            for (int q = 0; q < k2; q++) {
                system.data[q * k2 + s] = (q == s ? 1 : 0) - column[q] / sigma;
            }
        }
        model.applyMiddle(v, v);
        rhs.reshape(k2, 1);
        System.arraycopy(v, 0, rhs.data, 0, k2);
        solution.reshape(k2, 1);
        if (!finite(system.data, k2 * k2) || !lu.setA(system)) {
            return false;
        }
        lu.solve(rhs, solution);
        double[] z = solution.data;
        if (!finite(z, k2)) {
            return false;
        }
        for (int j = 0; j < nFree; j++) { // d̂ = −r̂/σ − ZᵀW·z/σ²
            int i = free[j];
            rowOfW(i, k, sigma, row);
            path[i] = -r[i] / sigma - dot(row, z, k2) / sigma2;
        }
        return true;
    }

    /**
     * Brings the free-set sums up to date for the current pairs and free set {@link #isFree}
     * (see the class comment), then makes the current free set the previous one.
     */
    private void updateFreeSums(int n, int k, int nFree) {
        java.util.Arrays.fill(entryUsed, false);
        for (int p1 = 0; p1 < k; p1++) { // pairs already in the cache keep their entry
            entry[p1] = -1;
            for (int e = 0; e < entryStamp.length; e++) {
                if (entryStamp[e] == pairStamp[p1]) {
                    entry[p1] = e;
                    entryUsed[e] = true;
                }
            }
        }
        for (int p1 = 0; p1 < k; p1++) { // new pairs take the entries of forgotten ones
            stale[p1] = entry[p1] < 0 || !sumsValid;
            if (entry[p1] < 0) {
                int e = 0;
                while (entryUsed[e]) {
                    e++;
                }
                entryUsed[e] = true;
                entryStamp[e] = pairStamp[p1];
                entry[p1] = e;
            }
        }
        int changed = 0;
        if (sumsValid && sinceRefresh < refresh) {
            for (int i = 0; i < n; i++) {
                if (isFree[i] != wasFree[i]) {
                    heap[changed++] = i; // the heap is free once the Cauchy point is known
                }
            }
        }
        if (!sumsValid || sinceRefresh >= refresh || 2 * changed > nFree) {
            java.util.Arrays.fill(stale, 0, k, true);
            sinceRefresh = 0;
        } else {
            for (int j = 0; j < changed; j++) { // entering (+) and leaving (−) variables
                int i = heap[j];
                double sign = isFree[i] ? 1 : -1;
                for (int p1 = 0; p1 < k; p1++) {
                    if (stale[p1]) {
                        continue;
                    }
                    int e = entry[p1];
                    double sa = sign * sPairs[p1][i];
                    double ya = sign * yPairs[p1][i];
                    for (int p2 = 0; p2 < k; p2++) {
                        if (!stale[p2]) {
                            int f = entry[p2];
                            sumSs[e][f] += sa * sPairs[p2][i];
                            sumSy[e][f] += sa * yPairs[p2][i];
                            sumYy[e][f] += ya * yPairs[p2][i];
                        }
                    }
                }
            }
            sinceRefresh++;
        }
        for (int p1 = 0; p1 < k; p1++) { // stale pairs: sums against every pair, afresh
            if (stale[p1]) {
                freshSums(p1, k, nFree);
            }
        }
        boolean[] swap = wasFree;
        wasFree = isFree;
        isFree = swap;
        sumsValid = true;
    }

    /** Σ_{i∈F} of pair q's entries times every pair's, in one pass over the free variables. */
    private void freshSums(int q, int k, int nFree) {
        double[] ss = accumulate[0];
        double[] sy = accumulate[1];
        double[] ys = accumulate[2];
        double[] yy = accumulate[3];
        java.util.Arrays.fill(ss, 0, k, 0);
        java.util.Arrays.fill(sy, 0, k, 0);
        java.util.Arrays.fill(ys, 0, k, 0);
        java.util.Arrays.fill(yy, 0, k, 0);
        double[] sq = sPairs[q];
        double[] yq = yPairs[q];
        for (int j = 0; j < nFree; j++) {
            int i = free[j];
            double si = sq[i];
            double yi = yq[i];
            for (int t = 0; t < k; t++) {
                double st = sPairs[t][i];
                double yt = yPairs[t][i];
                ss[t] += si * st;
                sy[t] += si * yt;
                ys[t] += yi * st;
                yy[t] += yi * yt;
            }
        }
        int e = entry[q];
        for (int t = 0; t < k; t++) {
            int f = entry[t];
            sumSs[e][f] = ss[t];
            sumSs[f][e] = ss[t];
            sumSy[e][f] = sy[t];
            sumSy[f][e] = ys[t];
            sumYy[e][f] = yy[t];
            sumYy[f][e] = yy[t];
        }
    }

    /** Row i of W = [σS  Y]: (σ s_0[i], …, σ s_{k−1}[i], y_0[i], …, y_{k−1}[i]). */
    private void rowOfW(int i, int k, double sigma, double[] out) {
        for (int a = 0; a < k; a++) {
            out[a] = sigma * sPairs[a][i];
            out[k + a] = yPairs[a][i];
        }
    }

    /** Restores the min-heap order of breakpoints below position h (keys in {@link #work}). */
    private void siftDown(int h, int size) {
        int item = heap[h];
        double key = work[item];
        while (true) {
            int child = 2 * h + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && work[heap[child + 1]] < work[heap[child]]) {
                child++;
            }
            if (!(work[heap[child]] < key)) {
                break;
            }
            heap[h] = heap[child];
            h = child;
        }
        heap[h] = item;
    }

    private static double dot(double[] a, double[] b, int length) {
        double s = 0;
        for (int i = 0; i < length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static boolean finite(double[] a, int length) {
        double bad = 0;
        for (int i = 0; i < length; i++) {
            bad += a[i] * 0;
        }
        return bad == 0;
    }
}
