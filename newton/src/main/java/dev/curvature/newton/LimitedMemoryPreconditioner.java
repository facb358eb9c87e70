package dev.curvature.newton;

import dev.curvature.api.spi.Vectors;

/**
 * The automatic preconditioner of Morales &amp; Nocedal (2000, "Automatic preconditioning by
 * limited memory quasi-Newton updating", SIAM J. Optim. 10(4):1079–1096) for a sequence of CG
 * solves with slowly changing matrices, as inside truncated Newton: every CG step j of a solve
 * gives an exact curvature pair (dⱼ, ∇²f·dⱼ) with dⱼᵀ∇²f·dⱼ &gt; 0 at no extra product, and the
 * L-BFGS inverse built from the newest {@code m} such pairs (Nocedal &amp; Wright, 2nd ed.,
 * Algorithm 7.4, the two-loop recursion) preconditions the next solves. The initial matrix H⁰ is
 * a given diagonal (the Jacobi preconditioner's M⁻¹ when the objective has a Hessian diagonal —
 * Gilbert &amp; Lemaréchal 1989's diagonal L-BFGS start) or else γI with γ = sᵀy/yᵀy of the newest
 * pair (N&amp;W (7.20)). It is symmetric positive definite whenever H⁰ is (every stored pair has
 * sᵀy &gt; 0), as PCG requires, and it is held fixed during a solve: pairs recorded during a solve
 * are pending until {@link #endSolve}, which keeps the newest m of old and new.
 *
 * <p>Memory: 2m slots of two n-vectors each (m in use, m receiving the pending pairs), allocated
 * once; {@link #apply} costs 4·(pairs) + 1 vector passes and allocates nothing.
 */
final class LimitedMemoryPreconditioner {
    private final int m;
    private final double[][] s;
    private final double[][] y;
    private final double[] rho;
    private final double[] alpha;
    /** Slot indices of the committed pairs, oldest first; the first {@link #count} are valid. */
    private final int[] committed;
    private int count;
    /** Slot indices not committed at the start of the solve (m of them), written in ring order. */
    private final int[] spare;
    /** Pairs recorded in the current solve (may exceed m; only the newest m are kept). */
    private int recorded;

    LimitedMemoryPreconditioner(int n, int m) {
        this.m = m;
        this.s = new double[2 * m][n];
        this.y = new double[2 * m][n];
        this.rho = new double[2 * m];
        this.alpha = new double[2 * m];
        this.committed = new int[m];
        this.spare = new int[m];
    }

    /** Whether any pair is stored (without pairs and without H⁰ this preconditioner is I). */
    boolean hasPairs() {
        return count > 0;
    }

    /** Forgets every pair (the next solves are preconditioned by H⁰ only). */
    void clear() {
        count = 0;
        recorded = 0;
    }

    /** Starts a solve: the committed pairs define the preconditioner until {@link #endSolve}. */
    void beginSolve() {
        recorded = 0;
        int k = 0;
        for (int slot = 0; slot < 2 * m && k < m; slot++) {
            if (!isCommitted(slot)) {
                spare[k++] = slot;
            }
        }
    }

    private boolean isCommitted(int slot) {
        for (int i = 0; i < count; i++) {
            if (committed[i] == slot) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records the pair (d, Hd) of one CG step of the current solve; {@code dHd} = dᵀHd must be
     * positive and finite. A pair whose 1/dᵀHd overflows is not kept (it would put ∞ into H).
     */
    void record(double[] d, double[] hd, double dHd) {
        if (!Double.isFinite(1 / dHd)) {
            return;
        }
        int slot = spare[recorded % m];
        System.arraycopy(d, 0, s[slot], 0, d.length);
        System.arraycopy(hd, 0, y[slot], 0, hd.length);
        rho[slot] = 1 / dHd;
        recorded++;
    }

    /** Ends the solve: the newest m of the committed and the recorded pairs become the committed. */
    void endSolve() {
        int fresh = Math.min(recorded, m);
        if (fresh == 0) {
            return;
        }
        int keep = Math.min(count, m - fresh);
        System.arraycopy(committed, count - keep, committed, 0, keep);
        int first = recorded - fresh; // the oldest recorded pair still kept
        for (int i = 0; i < fresh; i++) {
            committed[keep + i] = spare[(first + i) % m];
        }
        count = keep + fresh;
        recorded = 0;
    }

    /**
     * out = H·v, the two-loop recursion with the committed pairs and H⁰ = diag({@code h0}), or γI
     * when {@code h0} is null. {@code v} and {@code out} must be different arrays.
     */
    void apply(double[] v, double[] out, double[] h0) {
        System.arraycopy(v, 0, out, 0, v.length);
        for (int i = count - 1; i >= 0; i--) {
            int k = committed[i];
            alpha[i] = rho[k] * Vectors.dot(s[k], out);
            Vectors.axpy(-alpha[i], y[k], out);
        }
        if (h0 != null) {
            for (int i = 0; i < out.length; i++) {
                out[i] *= h0[i];
            }
        } else if (count > 0) {
            int newest = committed[count - 1];
            double[] yn = y[newest];
            double gamma = 1 / (rho[newest] * Vectors.dot(yn, yn));
            if (gamma > 0 && Double.isFinite(gamma)) { // (yᵀy overflowing would make H singular)
                Vectors.scale(gamma, out, out);
            }
        }
        for (int i = 0; i < count; i++) {
            int k = committed[i];
            double beta = rho[k] * Vectors.dot(y[k], out);
            Vectors.axpy(alpha[i] - beta, s[k], out);
        }
    }
}
