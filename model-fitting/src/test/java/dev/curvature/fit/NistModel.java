package dev.curvature.fit;

import dev.curvature.problems.NistDataset;
import org.ejml.data.DMatrixRMaj;

/**
 * The 27 NIST StRD nonlinear regression models (https://www.itl.nist.gov/div898/strd/nls/nls_main.shtml),
 * each with its exact gradient ∂model/∂b, and the least-squares problem r = model(x; b) − response(y)
 * they define on a dataset. Datasets that share a model (Misra1a and BoxBOD; the three Lanczos;
 * the three Gauss; Chwirut1 and 2; Thurber and Hahn1) share one {@link Form}.
 */
enum NistModel {
    MISRA1A("Misra1a", 2, Forms::saturatingExponential),
    MISRA1B("Misra1b", 2, Forms::misra1b),
    MISRA1C("Misra1c", 2, Forms::misra1c),
    MISRA1D("Misra1d", 2, Forms::misra1d),
    CHWIRUT1("Chwirut1", 3, Forms::chwirut),
    CHWIRUT2("Chwirut2", 3, Forms::chwirut),
    LANCZOS1("Lanczos1", 6, Forms::threeExponentials),
    LANCZOS2("Lanczos2", 6, Forms::threeExponentials),
    LANCZOS3("Lanczos3", 6, Forms::threeExponentials),
    GAUSS1("Gauss1", 8, Forms::gauss),
    GAUSS2("Gauss2", 8, Forms::gauss),
    GAUSS3("Gauss3", 8, Forms::gauss),
    DANWOOD("DanWood", 2, Forms::danWood),
    KIRBY2("Kirby2", 5, (x, b, grad) -> Forms.rational(x[0], b, grad, 3)),
    HAHN1("Hahn1", 7, (x, b, grad) -> Forms.rational(x[0], b, grad, 4)),
    THURBER("Thurber", 7, (x, b, grad) -> Forms.rational(x[0], b, grad, 4)),
    NELSON("Nelson", 3, Forms::nelson) {
        /** NIST's model is log[y] = b1 − b2·x1·exp(−b3·x2): the response fitted is log y. */
        @Override
        double response(double y) {
            return Math.log(y);
        }
    },
    MGH17("MGH17", 5, Forms::mgh17),
    ROSZMAN1("Roszman1", 4, Forms::roszman1),
    ENSO("ENSO", 9, Forms::enso),
    MGH09("MGH09", 4, Forms::mgh09),
    MGH10("MGH10", 3, Forms::mgh10),
    RAT42("Rat42", 3, Forms::rat42),
    RAT43("Rat43", 4, Forms::rat43),
    BOXBOD("BoxBOD", 2, Forms::saturatingExponential),
    ECKERLE4("Eckerle4", 3, Forms::eckerle4),
    BENNETT5("Bennett5", 3, Forms::bennett5);

    /** model(x; b) for one observation's predictors x, writing ∂model/∂b into grad. */
    @FunctionalInterface
    interface Form {
        double value(double[] x, double[] b, double[] grad);
    }

    final int parameters;
    private final String datasetName;
    private final Form form;

    NistModel(String datasetName, int parameters, Form form) {
        this.datasetName = datasetName;
        this.parameters = parameters;
        this.form = form;
    }

    /** model(x; b), writing ∂model/∂b into grad. */
    final double value(double[] x, double[] b, double[] grad) {
        return form.value(x, b, grad);
    }

    /** The response NIST's model is fitted to: y itself except for Nelson. */
    double response(double y) {
        return y;
    }

    /** The dataset's file name. */
    String datasetName() {
        return datasetName;
    }

    /** r = model(x; b) − response(y) on the dataset; allocates its buffers once. */
    ResidualModel problem(NistDataset data) {
        double[] grad = new double[parameters];
        double[] response = new double[data.y().length];
        for (int i = 0; i < response.length; i++) {
            response[i] = response(data.y()[i]);
        }
        return new ResidualModel() {
            @Override
            public int parameters() {
                return parameters;
            }

            @Override
            public int observations() {
                return response.length;
            }

            @Override
            public void residuals(double[] p, double[] out) {
                for (int i = 0; i < response.length; i++) {
                    out[i] = value(data.x()[i], p, grad) - response[i];
                }
            }

            @Override
            public void jacobian(double[] p, DMatrixRMaj out) {
                for (int i = 0; i < response.length; i++) {
                    value(data.x()[i], p, grad);
                    for (int j = 0; j < parameters; j++) {
                        out.unsafe_set(i, j, grad[j]);
                    }
                }
            }
        };
    }

    /** The model functions, as NIST states them, with their exact gradients. */
    private static final class Forms {
        private Forms() {
        }

        /** Misra1a, BoxBOD: y = b1·(1 − exp(−b2·x)). */
        static double saturatingExponential(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double e = Math.exp(-b[1] * x);
            grad[0] = 1 - e;
            grad[1] = b[0] * x * e;
            return b[0] * (1 - e);
        }

        /** Misra1b: y = b1·(1 − (1 + b2·x/2)⁻²). */
        static double misra1b(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double t = 1 + b[1] * x / 2;
            double inv2 = 1 / (t * t);
            grad[0] = 1 - inv2;
            grad[1] = b[0] * x * inv2 / t;
            return b[0] * (1 - inv2);
        }

        /** Misra1c: y = b1·(1 − (1 + 2·b2·x)^(−½)). */
        static double misra1c(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double t = 1 + 2 * b[1] * x;
            double invSqrt = 1 / Math.sqrt(t);
            grad[0] = 1 - invSqrt;
            grad[1] = b[0] * x * invSqrt / t;
            return b[0] * (1 - invSqrt);
        }

        /** Misra1d: y = b1·b2·x / (1 + b2·x). */
        static double misra1d(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double t = 1 + b[1] * x;
            grad[0] = b[1] * x / t;
            grad[1] = b[0] * x / (t * t);
            return b[0] * b[1] * x / t;
        }

        /** Chwirut1, Chwirut2: y = exp(−b1·x) / (b2 + b3·x). */
        static double chwirut(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double den = b[1] + b[2] * x;
            double v = Math.exp(-b[0] * x) / den;
            grad[0] = -x * v;
            grad[1] = -v / den;
            grad[2] = -x * v / den;
            return v;
        }

        /** Lanczos1–3: y = b1·exp(−b2·x) + b3·exp(−b4·x) + b5·exp(−b6·x). */
        static double threeExponentials(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double v = 0;
            for (int k = 0; k < 6; k += 2) {
                double e = Math.exp(-b[k + 1] * x);
                grad[k] = e;
                grad[k + 1] = -b[k] * x * e;
                v += b[k] * e;
            }
            return v;
        }

        /** Gauss1–3: y = b1·exp(−b2·x) + b3·exp(−(x − b4)²/b5²) + b6·exp(−(x − b7)²/b8²). */
        static double gauss(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double e = Math.exp(-b[1] * x);
            grad[0] = e;
            grad[1] = -b[0] * x * e;
            double v = b[0] * e;
            for (int k = 2; k < 8; k += 3) {
                double u = (x - b[k + 1]) / b[k + 2];
                double g = Math.exp(-u * u);
                grad[k] = g;
                grad[k + 1] = b[k] * g * 2 * u / b[k + 2];
                grad[k + 2] = b[k] * g * 2 * u * u / b[k + 2];
                v += b[k] * g;
            }
            return v;
        }

        /** DanWood: y = b1·x^b2. */
        static double danWood(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double p = Math.pow(x, b[1]);
            grad[0] = p;
            grad[1] = b[0] * p * Math.log(x);
            return b[0] * p;
        }

        /**
         * Kirby2 (k = 3), Thurber and Hahn1 (k = 4): y = (b1 + b2·x + … + b_k·x^(k−1)) /
         * (1 + b_(k+1)·x + … + b_n·x^(n−k)).
         */
        static double rational(double x, double[] b, double[] grad, int numeratorTerms) {
            double num = 0;
            double power = 1;
            for (int k = 0; k < numeratorTerms; k++) {
                num += b[k] * power;
                power *= x;
            }
            double den = 1;
            power = x;
            for (int k = numeratorTerms; k < b.length; k++) {
                den += b[k] * power;
                power *= x;
            }
            double v = num / den;
            power = 1;
            for (int k = 0; k < numeratorTerms; k++) {
                grad[k] = power / den;
                power *= x;
            }
            power = x;
            for (int k = numeratorTerms; k < b.length; k++) {
                grad[k] = -v * power / den;
                power *= x;
            }
            return v;
        }

        /** Nelson: log y = b1 − b2·x1·exp(−b3·x2). */
        static double nelson(double[] xs, double[] b, double[] grad) {
            double x1 = xs[0];
            double x2 = xs[1];
            double e = Math.exp(-b[2] * x2);
            grad[0] = 1;
            grad[1] = -x1 * e;
            grad[2] = b[1] * x1 * x2 * e;
            return b[0] - b[1] * x1 * e;
        }

        /** MGH17: y = b1 + b2·exp(−x·b4) + b3·exp(−x·b5). */
        static double mgh17(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double e4 = Math.exp(-x * b[3]);
            double e5 = Math.exp(-x * b[4]);
            grad[0] = 1;
            grad[1] = e4;
            grad[2] = e5;
            grad[3] = -b[1] * x * e4;
            grad[4] = -b[2] * x * e5;
            return b[0] + b[1] * e4 + b[2] * e5;
        }

        /** Roszman1: y = b1 − b2·x − arctan(b3/(x − b4))/π. */
        static double roszman1(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double d = x - b[3];
            double q = d * d + b[2] * b[2];
            grad[0] = 1;
            grad[1] = -x;
            grad[2] = -d / (Math.PI * q);
            grad[3] = -b[2] / (Math.PI * q);
            return b[0] - b[1] * x - Math.atan(b[2] / d) / Math.PI;
        }

        /**
         * ENSO: y = b1 + b2·cos(2πx/12) + b3·sin(2πx/12) + b5·cos(2πx/b4) + b6·sin(2πx/b4)
         * + b8·cos(2πx/b7) + b9·sin(2πx/b7).
         */
        static double enso(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double annual = 2 * Math.PI * x / 12;
            grad[0] = 1;
            grad[1] = Math.cos(annual);
            grad[2] = Math.sin(annual);
            double v = b[0] + b[1] * grad[1] + b[2] * grad[2];
            for (int k = 3; k < 9; k += 3) {
                double theta = 2 * Math.PI * x / b[k];
                double c = Math.cos(theta);
                double s = Math.sin(theta);
                grad[k] = (b[k + 1] * s - b[k + 2] * c) * theta / b[k];
                grad[k + 1] = c;
                grad[k + 2] = s;
                v += b[k + 1] * c + b[k + 2] * s;
            }
            return v;
        }

        /** MGH09: y = b1·(x² + x·b2) / (x² + x·b3 + b4). */
        static double mgh09(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double num = x * x + x * b[1];
            double den = x * x + x * b[2] + b[3];
            double v = b[0] * num / den;
            grad[0] = num / den;
            grad[1] = b[0] * x / den;
            grad[2] = -v * x / den;
            grad[3] = -v / den;
            return v;
        }

        /** MGH10: y = b1·exp(b2/(x + b3)). */
        static double mgh10(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double t = x + b[2];
            double v = b[0] * Math.exp(b[1] / t);
            grad[0] = Math.exp(b[1] / t);
            grad[1] = v / t;
            grad[2] = -v * b[1] / (t * t);
            return v;
        }

        /** Rat42: y = b1 / (1 + exp(b2 − b3·x)). */
        static double rat42(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double e = Math.exp(b[1] - b[2] * x);
            double d = 1 + e;
            double v = b[0] / d;
            grad[0] = 1 / d;
            grad[1] = -v * e / d;
            grad[2] = v * x * e / d;
            return v;
        }

        /** Rat43: y = b1 / (1 + exp(b2 − b3·x))^(1/b4). */
        static double rat43(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double e = Math.exp(b[1] - b[2] * x);
            double d = 1 + e;
            double p = Math.pow(d, -1 / b[3]);
            double v = b[0] * p;
            grad[0] = p;
            grad[1] = -v * e / (b[3] * d);
            grad[2] = v * x * e / (b[3] * d);
            grad[3] = v * Math.log(d) / (b[3] * b[3]);
            return v;
        }

        /** Eckerle4: y = (b1/b2)·exp(−½((x − b3)/b2)²). */
        static double eckerle4(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double u = (x - b[2]) / b[1];
            double e = Math.exp(-0.5 * u * u);
            double v = b[0] / b[1] * e;
            grad[0] = e / b[1];
            grad[1] = v * (u * u - 1) / b[1];
            grad[2] = v * u / b[1];
            return v;
        }

        /** Bennett5: y = b1·(b2 + x)^(−1/b3). */
        static double bennett5(double[] xs, double[] b, double[] grad) {
            double x = xs[0];
            double t = b[1] + x;
            double p = Math.pow(t, -1 / b[2]);
            double v = b[0] * p;
            grad[0] = p;
            grad[1] = -v / (b[2] * t);
            grad[2] = v * Math.log(t) / (b[2] * b[2]);
            return v;
        }
    }
}
