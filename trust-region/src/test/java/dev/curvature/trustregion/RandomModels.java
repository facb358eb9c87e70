package dev.curvature.trustregion;

import dev.curvature.api.spi.Vectors;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/** Random subproblems B = Q diag(λ) Qᵀ, g, Δ of the kinds the solvers must handle. */
final class RandomModels {
    enum Kind {
        /** λ ∈ [0.1, 100]. */
        POSITIVE_DEFINITE,
        /** λ ∈ [−50, 50] with λ₁ &lt; 0. */
        INDEFINITE,
        /** λ₁ = 0, the rest positive; g has a component along q₁. */
        SINGULAR,
        /** Indefinite, g ⊥ q₁, and Δ larger than ‖p(−λ₁)‖: N&amp;W §4.3's hard case. */
        HARD_CASE,
        /** As HARD_CASE but g has a 10⁻⁶ component along q₁. */
        NEARLY_HARD_CASE
    }

    final DMatrixRMaj b;
    final double[] g;
    final double radius;
    final Kind kind;

    private RandomModels(DMatrixRMaj b, double[] g, double radius, Kind kind) {
        this.b = b;
        this.g = g;
        this.radius = radius;
        this.kind = kind;
    }

    @Override
    public String toString() {
        return kind + " n=" + g.length + " Δ=" + radius;
    }

    static RandomModels draw(Kind kind, int n, Random rnd) {
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < n * n; i++) {
            a.data[i] = rnd.nextGaussian();
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        qr.decompose(a);
        DMatrixRMaj q = qr.getQ(null, false);
        double[] lam = new double[n];
        for (int i = 0; i < n; i++) {
            switch (kind) {
                case POSITIVE_DEFINITE, SINGULAR -> lam[i] = 0.1 * Math.pow(1000, rnd.nextDouble());
                default -> lam[i] = -50 + 100 * rnd.nextDouble();
            }
        }
        java.util.Arrays.sort(lam);
        if (kind == Kind.SINGULAR) {
            lam[0] = 0;
        } else if (kind != Kind.POSITIVE_DEFINITE && lam[0] >= 0) {
            lam[0] = -1 - rnd.nextDouble();
        }
        if (n > 1 && (kind == Kind.HARD_CASE || kind == Kind.NEARLY_HARD_CASE)) {
            lam[1] = Math.max(lam[1], lam[0] + 0.5); // a simple, separated λ₁
        }
        DMatrixRMaj d = CommonOps_DDRM.diag(lam);
        DMatrixRMaj qd = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(q, d, qd);
        DMatrixRMaj b = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(qd, q, b);
        for (int i = 0; i < n; i++) { // exact symmetry
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (b.get(i, j) + b.get(j, i));
                b.set(i, j, v);
                b.set(j, i, v);
            }
        }
        double[] gh = new double[n];
        for (int i = 0; i < n; i++) {
            gh[i] = rnd.nextGaussian();
        }
        double radius = Math.pow(10, -2 + 4 * rnd.nextDouble());
        if (kind == Kind.HARD_CASE || kind == Kind.NEARLY_HARD_CASE) {
            gh[0] = kind == Kind.HARD_CASE ? 0 : 1e-6;
            double inner = 0;
            for (int i = 1; i < n; i++) {
                double c = gh[i] / (lam[i] - lam[0]);
                inner += c * c;
            }
            radius = Math.sqrt(inner) * (1.5 + 3 * rnd.nextDouble()) + (n == 1 ? 1 : 0);
        }
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                g[i] += q.get(i, k) * gh[k];
            }
        }
        if (Vectors.norm2(g) == 0) {
            g[0] = 1;
        }
        return new RandomModels(b, g, radius, kind);
    }
}
