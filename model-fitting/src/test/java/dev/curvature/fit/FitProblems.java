package dev.curvature.fit;

import org.ejml.data.DMatrixRMaj;

/** Small least-squares problems for the tests. */
final class FitProblems {
    private FitProblems() {
    }

    /** r_i = a·exp(b·t_i) − y_i on t_i = 0, 0.25, …, with data from (a, b) = (2, −0.7) plus noise. */
    static ResidualModel exponential(double noise) {
        int m = 12;
        double[] t = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            t[i] = 0.25 * i;
            y[i] = 2 * Math.exp(-0.7 * t[i]) + noise * Math.sin(7.3 * i + 1);
        }
        return new ResidualModel() {
            @Override
            public int parameters() {
                return 2;
            }

            @Override
            public int observations() {
                return m;
            }

            @Override
            public void residuals(double[] p, double[] out) {
                for (int i = 0; i < m; i++) {
                    out[i] = p[0] * Math.exp(p[1] * t[i]) - y[i];
                }
            }

            @Override
            public void jacobian(double[] p, DMatrixRMaj out) {
                for (int i = 0; i < m; i++) {
                    double e = Math.exp(p[1] * t[i]);
                    out.set(i, 0, e);
                    out.set(i, 1, p[0] * t[i] * e);
                }
            }
        };
    }

    /** Central-difference Jacobian of the residuals (step h·max(1, |pⱼ|)). */
    static DMatrixRMaj finiteDifferenceJacobian(ResidualModel problem, double[] p, double h) {
        int m = problem.observations();
        int n = problem.parameters();
        DMatrixRMaj j = new DMatrixRMaj(m, n);
        double[] plus = new double[m];
        double[] minus = new double[m];
        for (int c = 0; c < n; c++) {
            double[] q = p.clone();
            double step = h * Math.max(1, Math.abs(p[c]));
            q[c] = p[c] + step;
            problem.residuals(q, plus);
            q[c] = p[c] - step;
            problem.residuals(q, minus);
            for (int i = 0; i < m; i++) {
                j.set(i, c, (plus[i] - minus[i]) / (2 * step));
            }
        }
        return j;
    }
}
