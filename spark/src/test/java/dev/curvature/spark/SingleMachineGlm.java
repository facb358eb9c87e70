package dev.curvature.spark;

import dev.curvature.api.TwiceDifferentiable;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The reference: the same GLM objective computed on one machine with dense linear algebra
 * (f = s·Σωᵢℓᵢ + λ/2‖w‖², ∇f = s·Xᵀ(ω∘ℓ') + λw, ∇²f = s·XᵀDX + λI with D = diag(ωℓ'')),
 * written independently of the distributed kernels: the per-row derivatives use their textbook
 * closed forms, and the sums are EJML matrix products.
 */
final class SingleMachineGlm implements TwiceDifferentiable {
    private final GlmLoss loss;
    private final DMatrixRMaj x;
    private final double[] y;
    private final double[] weight;
    private final double l2;
    private final double scale;

    SingleMachineGlm(List<LabeledRow> rows, GlmLoss loss, double l2, Scaling scaling) {
        int n = rows.size();
        int p = rows.get(0).features().length;
        this.loss = loss;
        this.x = new DMatrixRMaj(n, p);
        this.y = new double[n];
        this.weight = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            LabeledRow r = rows.get(i);
            for (int j = 0; j < p; j++) {
                x.set(i, j, r.features()[j]);
            }
            y[i] = r.label();
            weight[i] = r.weight();
            total += r.weight();
        }
        this.l2 = l2;
        this.scale = scaling == Scaling.MEAN ? 1 / total : 1;
    }

    @Override
    public int dimension() {
        return x.numCols;
    }

    private double[] margins(double[] w) {
        DMatrixRMaj eta = new DMatrixRMaj(x.numRows, 1);
        CommonOps_DDRM.mult(x, DMatrixRMaj.wrap(w.length, 1, w), eta);
        return eta.data;
    }

    private double rowValue(double eta, double yi) {
        return switch (loss) {
            case LOGISTIC -> Math.log(1 + Math.exp(eta)) - yi * eta;
            case POISSON -> Math.exp(eta) - yi * eta;
            case SQUARED_ERROR -> (eta - yi) * (eta - yi) / 2;
        };
    }

    private double rowDerivative(double eta, double yi) {
        return switch (loss) {
            case LOGISTIC -> 1 / (1 + Math.exp(-eta)) - yi;
            case POISSON -> Math.exp(eta) - yi;
            case SQUARED_ERROR -> eta - yi;
        };
    }

    private double rowCurvature(double eta) {
        return switch (loss) {
            case LOGISTIC -> {
                double s = 1 / (1 + Math.exp(-eta));
                yield s * (1 - s);
            }
            case POISSON -> Math.exp(eta);
            case SQUARED_ERROR -> 1;
        };
    }

    @Override
    public double value(double[] w) {
        double[] eta = margins(w);
        double f = 0;
        for (int i = 0; i < eta.length; i++) {
            f += weight[i] * rowValue(eta[i], y[i]);
        }
        double norm2 = 0;
        for (double wj : w) {
            norm2 += wj * wj;
        }
        return scale * f + l2 * norm2 / 2;
    }

    @Override
    public void gradient(double[] w, double[] out) {
        double[] eta = margins(w);
        DMatrixRMaj r = new DMatrixRMaj(eta.length, 1);
        for (int i = 0; i < eta.length; i++) {
            r.data[i] = weight[i] * rowDerivative(eta[i], y[i]);
        }
        DMatrixRMaj g = new DMatrixRMaj(w.length, 1);
        CommonOps_DDRM.multTransA(x, r, g);
        for (int j = 0; j < w.length; j++) {
            out[j] = scale * g.data[j] + l2 * w[j];
        }
    }

    @Override
    public void hessian(double[] w, DMatrixRMaj out) {
        double[] eta = margins(w);
        DMatrixRMaj dx = x.copy();
        for (int i = 0; i < eta.length; i++) {
            double d = weight[i] * rowCurvature(eta[i]);
            for (int j = 0; j < x.numCols; j++) {
                dx.set(i, j, d * x.get(i, j));
            }
        }
        CommonOps_DDRM.multTransA(x, dx, out);
        CommonOps_DDRM.scale(scale, out);
        for (int j = 0; j < w.length; j++) {
            out.add(j, j, l2);
        }
    }
}
