package dev.curvature.newton;

import dev.curvature.api.HessianDiagonal;
import dev.curvature.api.TwiceDifferentiable;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * L2-regularized logistic regression, f(w) = (1/m)Σᵢ[log(1 + e^{xᵢᵀw}) − yᵢxᵢᵀw] + (λ/2)‖w‖², on a
 * seeded data set whose correlated features have scales from 10^{−spread} to 10^{spread}: a
 * convex objective with a badly scaled Hessian (X ᵀDX/m + λI), its diagonal, and counters of the
 * Hessian-vector products and diagonals asked for.
 */
final class ScaledLogisticRegression implements TwiceDifferentiable, HessianDiagonal {
    private final double[][] x;
    private final double[] y;
    private final double l2;
    private int products;
    private int diagonals;

    ScaledLogisticRegression(int rows, int n, double spread, double l2, long seed) {
        Random random = new Random(seed);
        double[] scale = new double[n];
        double[] truth = new double[n];
        for (int j = 0; j < n; j++) {
            scale[j] = Math.pow(10, spread * (2.0 * j / (n - 1) - 1));
            truth[j] = random.nextGaussian() / (Math.sqrt(n) * scale[j]);
        }
        this.x = new double[rows][n];
        this.y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double shared = random.nextGaussian();
            double eta = 0;
            for (int j = 0; j < n; j++) {
                x[i][j] = scale[j] * (random.nextGaussian() + 0.5 * shared);
                eta += x[i][j] * truth[j];
            }
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        this.l2 = l2;
    }

    private double margin(double[] row, double[] w) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += row[j] * w[j];
        }
        return s;
    }

    private static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    @Override
    public int dimension() {
        return x[0].length;
    }

    @Override
    public double value(double[] w) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
            double t = margin(x[i], w);
            f += (t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t))) - y[i] * t;
        }
        double norm2 = 0;
        for (double wj : w) {
            norm2 += wj * wj;
        }
        return f / x.length + 0.5 * l2 * norm2;
    }

    @Override
    public void gradient(double[] w, double[] g) {
        java.util.Arrays.fill(g, 0);
        for (int i = 0; i < x.length; i++) {
            double d = (sigmoid(margin(x[i], w)) - y[i]) / x.length;
            for (int j = 0; j < w.length; j++) {
                g[j] += d * x[i][j];
            }
        }
        for (int j = 0; j < w.length; j++) {
            g[j] += l2 * w[j];
        }
    }

    private double curvature(double[] row, double[] w) {
        double s = sigmoid(margin(row, w));
        return s * (1 - s) / x.length;
    }

    @Override
    public void hessian(double[] w, DMatrixRMaj out) {
        out.zero();
        for (double[] row : x) {
            double c = curvature(row, w);
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w.length; k++) {
                    out.add(j, k, c * row[j] * row[k]);
                }
            }
        }
        for (int j = 0; j < w.length; j++) {
            out.add(j, j, l2);
        }
    }

    @Override
    public void hessianVector(double[] w, double[] v, double[] out) {
        products++;
        java.util.Arrays.fill(out, 0);
        for (double[] row : x) {
            double c = curvature(row, w) * margin(row, v);
            for (int j = 0; j < w.length; j++) {
                out[j] += c * row[j];
            }
        }
        for (int j = 0; j < w.length; j++) {
            out[j] += l2 * v[j];
        }
    }

    @Override
    public void hessianDiagonal(double[] w, double[] out) {
        diagonals++;
        java.util.Arrays.fill(out, l2);
        for (double[] row : x) {
            double c = curvature(row, w);
            for (int j = 0; j < w.length; j++) {
                out[j] += c * row[j] * row[j];
            }
        }
    }

    /** Hessian-vector products computed so far. */
    int products() {
        return products;
    }

    /** Hessian diagonals computed so far. */
    int diagonals() {
        return diagonals;
    }
}
