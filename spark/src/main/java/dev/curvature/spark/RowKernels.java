package dev.curvature.spark;

import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;

/**
 * The per-row accumulations of one pass, as the {@code seqOp}/{@code combOp} functions of
 * {@code treeAggregate}. Each function is built by a static factory so that the closure captures
 * only what it needs (the loss, the broadcast vector, the dimension), never the objective itself.
 * The accumulators are plain arrays updated in place, so the per-row work allocates nothing.
 */
final class RowKernels {
    private RowKernels() {
    }

    /** xᵀw[offset .. offset + x.length): the margin (offset 0) or xᵀv (offset p, for Hv). */
    private static double margin(double[] x, double[] w, int offset) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += x[j] * w[offset + j];
        }
        return s;
    }

    /** Element-wise {@code a += b}; the combiner of every pass. */
    static Function2<double[], double[], double[]> sum() {
        return (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
            return a;
        };
    }

    /**
     * Accumulates [Σ wᵢℓᵢ, Σ wᵢℓ'ᵢxᵢ, Σ wᵢℓ''ᵢxᵢ∘xᵢ] (length 1 + 2p) at the broadcast coefficients:
     * the value, the gradient and the diagonal of the Hessian's data part in one pass (the
     * diagonal costs one ℓ'' and p multiply-adds per row on top of the gradient's 2p).
     */
    static Function2<double[], LabeledRow, double[]> valueGradientAndDiagonal(MarginLoss loss,
            Broadcast<double[]> coefficients) {
        return (acc, row) -> {
            double weight = row.weight();
            if (weight == 0) {
                return acc;
            }
            double[] x = row.features();
            int p = x.length;
            double eta = margin(x, coefficients.value(), 0);
            double y = row.label();
            acc[0] += weight * loss.value(eta, y);
            double d = weight * loss.derivative(eta, y);
            double c = weight * loss.curvature(eta, y);
            for (int j = 0; j < p; j++) {
                double xj = x[j];
                acc[1 + j] += d * xj;
                acc[1 + p + j] += c * xj * xj;
            }
            return acc;
        };
    }

    /**
     * Accumulates Σ wᵢℓ''ᵢ(xᵢᵀv)xᵢ (length p); the broadcast array is [w, v] (length 2p).
     */
    static Function2<double[], LabeledRow, double[]> hessianVector(MarginLoss loss,
            Broadcast<double[]> coefficientsAndDirection, int p) {
        return (acc, row) -> {
            double weight = row.weight();
            if (weight == 0) {
                return acc;
            }
            double[] wv = coefficientsAndDirection.value();
            double[] x = row.features();
            double eta = margin(x, wv, 0);
            double c = weight * loss.curvature(eta, row.label()) * margin(x, wv, p);
            for (int j = 0; j < x.length; j++) {
                acc[j] += c * x[j];
            }
            return acc;
        };
    }

    /**
     * Accumulates the upper triangle of Σ wᵢℓ''ᵢxᵢxᵢᵀ, packed by rows (row j holds columns
     * j..p−1 and starts at {@link #packedRowStart}), length p(p+1)/2.
     */
    static Function2<double[], LabeledRow, double[]> hessianPacked(MarginLoss loss,
            Broadcast<double[]> coefficients) {
        return (acc, row) -> {
            double weight = row.weight();
            if (weight == 0) {
                return acc;
            }
            double[] x = row.features();
            int p = x.length;
            double c = weight * loss.curvature(margin(x, coefficients.value(), 0), row.label());
            int idx = 0;
            for (int j = 0; j < p; j++) {
                double cj = c * x[j];
                for (int k = j; k < p; k++) {
                    acc[idx++] += cj * x[k];
                }
            }
            return acc;
        };
    }

    /** Index of entry (j, j) in the packed upper triangle of a p×p matrix. */
    static int packedRowStart(int j, int p) {
        return j * p - j * (j - 1) / 2;
    }
}
