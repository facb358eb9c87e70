package dev.curvature.fit;

import org.ejml.data.DMatrixRMaj;

/**
 * The NIST StRD models used here, each with its exact gradient ∂model/∂b, and the least-squares
 * problem r = model(x; b) − y they define on a dataset.
 */
enum NistModel {
    MISRA1A(2) {
        @Override
        double value(double x, double[] b, double[] grad) {
            double e = Math.exp(-b[1] * x);
            grad[0] = 1 - e;
            grad[1] = b[0] * x * e;
            return b[0] * (1 - e);
        }
    },
    THURBER(7) {
        @Override
        double value(double x, double[] b, double[] grad) {
            double x2 = x * x;
            double x3 = x2 * x;
            double num = b[0] + b[1] * x + b[2] * x2 + b[3] * x3;
            double den = 1 + b[4] * x + b[5] * x2 + b[6] * x3;
            double v = num / den;
            grad[0] = 1 / den;
            grad[1] = x / den;
            grad[2] = x2 / den;
            grad[3] = x3 / den;
            grad[4] = -v * x / den;
            grad[5] = -v * x2 / den;
            grad[6] = -v * x3 / den;
            return v;
        }
    },
    MGH09(4) {
        @Override
        double value(double x, double[] b, double[] grad) {
            double num = x * x + x * b[1];
            double den = x * x + x * b[2] + b[3];
            double v = b[0] * num / den;
            grad[0] = num / den;
            grad[1] = b[0] * x / den;
            grad[2] = -v * x / den;
            grad[3] = -v / den;
            return v;
        }
    },
    LANCZOS3(6) {
        @Override
        double value(double x, double[] b, double[] grad) {
            double e1 = Math.exp(-b[1] * x);
            double e2 = Math.exp(-b[3] * x);
            double e3 = Math.exp(-b[5] * x);
            grad[0] = e1;
            grad[1] = -b[0] * x * e1;
            grad[2] = e2;
            grad[3] = -b[2] * x * e2;
            grad[4] = e3;
            grad[5] = -b[4] * x * e3;
            return b[0] * e1 + b[2] * e2 + b[4] * e3;
        }
    },
    BOXBOD(2) {
        @Override
        double value(double x, double[] b, double[] grad) {
            double e = Math.exp(-b[1] * x);
            grad[0] = 1 - e;
            grad[1] = b[0] * x * e;
            return b[0] * (1 - e);
        }
    },
    ECKERLE4(3) {
        @Override
        double value(double x, double[] b, double[] grad) {
            double u = (x - b[2]) / b[1];
            double e = Math.exp(-0.5 * u * u);
            double v = b[0] / b[1] * e;
            grad[0] = e / b[1];
            grad[1] = v * (u * u - 1) / b[1];
            grad[2] = v * u / b[1];
            return v;
        }
    };

    final int parameters;

    NistModel(int parameters) {
        this.parameters = parameters;
    }

    /** model(x; b), writing ∂model/∂b into grad. */
    abstract double value(double x, double[] b, double[] grad);

    /** The dataset's file name. */
    String datasetName() {
        return switch (this) {
            case MISRA1A -> "Misra1a";
            case THURBER -> "Thurber";
            case MGH09 -> "MGH09";
            case LANCZOS3 -> "Lanczos3";
            case BOXBOD -> "BoxBOD";
            case ECKERLE4 -> "Eckerle4";
        };
    }

    /** r = model(x; b) − y on the dataset; allocates its gradient buffer once. */
    LeastSquaresProblem problem(NistDataset data) {
        double[] grad = new double[parameters];
        return new LeastSquaresProblem() {
            @Override
            public int parameters() {
                return parameters;
            }

            @Override
            public int observations() {
                return data.x.length;
            }

            @Override
            public void residuals(double[] p, double[] out) {
                for (int i = 0; i < data.x.length; i++) {
                    out[i] = value(data.x[i], p, grad) - data.y[i];
                }
            }

            @Override
            public void jacobian(double[] p, DMatrixRMaj out) {
                for (int i = 0; i < data.x.length; i++) {
                    value(data.x[i], p, grad);
                    for (int j = 0; j < parameters; j++) {
                        out.unsafe_set(i, j, grad[j]);
                    }
                }
            }
        };
    }
}
