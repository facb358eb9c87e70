package dev.curvature.problems;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A NIST StRD nonlinear regression problem (NIST Statistical Reference Datasets, Nonlinear
 * Regression, https://www.itl.nist.gov/div898/strd/nls/nls_main.shtml; data and certified values
 * are works of the U.S. Government, in the public domain) as the unconstrained least-squares
 * objective f(b) = ½Σᵢ (model(xᵢ; b) − yᵢ)² over the parameters b, from one of NIST's two
 * starting points ("Start 1", far, and "Start 2", near the solution).
 *
 * <p>Names are {@code nist-<dataset>-1} and {@code nist-<dataset>-2} (e.g.
 * {@code nist-misra1a-1}). f* = ½·(NIST's certified residual sum of squares), as NIST prints it
 * (11 significant digits). Nelson's model is log y = b1 − b2·x1·exp(−b3·x2): the response fitted is
 * log y, as NIST specifies. The data come from {@link NistDataset}.
 */
final class Nist extends AdElementSum {
    /** The 27 datasets in NIST's order of difficulty (lower, average, higher). */
    static final List<String> DATASETS = List.of("Misra1a", "Chwirut2", "Chwirut1", "Lanczos3",
            "Gauss1", "Gauss2", "DanWood", "Misra1b", "Kirby2", "Hahn1", "Nelson", "MGH17",
            "Lanczos1", "Lanczos2", "Gauss3", "Misra1c", "Misra1d", "Roszman1", "ENSO", "MGH09",
            "Thurber", "BoxBOD", "Rat42", "MGH10", "Eckerle4", "Rat43", "Bennett5");


    private final String dataset;
    private final double[][] x;
    private final double[] y;
    private final double[] certified;

    private Nist(String dataset, int which, double[] start, double rss, double[] certified,
            double[][] x, double[] y) {
        super("nist-" + dataset.toLowerCase(Locale.ROOT) + "-" + which, start,
                OptionalDouble.of(0.5 * rss),
                "NIST StRD nonlinear regression " + dataset + ", start " + which
                        + " (f = ½·RSS; https://www.itl.nist.gov/div898/strd/nls/nls_main.shtml)",
                null);
        this.dataset = dataset;
        this.x = x;
        this.y = y;
        this.certified = certified;
    }

    /** The predictors of each observation (one, or two for Nelson). */
    double[][] x() {
        return x;
    }

    /** The responses (log y for Nelson). */
    double[] y() {
        return y;
    }

    /** NIST's certified parameter values (11 significant digits). */
    double[] certified() {
        return certified.clone();
    }

    /** Both problems (start 1, start 2) of a dataset. */
    static List<TestProblem> of(String dataset) {
        NistDataset data = NistDataset.load(dataset);
        double[] ys = data.y().clone();
        if (dataset.equals("Nelson")) {
            for (int i = 0; i < ys.length; i++) {
                ys[i] = Math.log(ys[i]);
            }
        }
        double rss = data.certifiedResidualSumOfSquares();
        double[] c = data.certified();
        return List.of(new Nist(dataset, 1, data.start(1), rss, c, data.x(), ys),
                new Nist(dataset, 2, data.start(2), rss, c, data.x(), ys));
    }

    @Override
    int elementCount() {
        return y.length;
    }

    @Override
    int maxElementSize() {
        return dimension();
    }

    @Override
    int variables(int e, int[] idx) {
        return allVariables(idx, dimension());
    }

    @Override
    Dual phi(int e, Dual[] b) {
        return model(b, x[e]).minus(y[e]).square().times(0.5);
    }

    private Dual model(Dual[] b, double[] xi) {
        double t = xi[0];
        switch (dataset) {
            case "Misra1a", "BoxBOD":
                return b[0].times(b[1].times(-t).exp().rminus(1));
            case "Misra1b":
                return b[0].times(b[1].times(0.5 * t).plus(1).pow(-2).rminus(1));
            case "Misra1c":
                return b[0].times(b[1].times(2 * t).plus(1).pow(-0.5).rminus(1));
            case "Misra1d": {
                Dual bx = b[1].times(t);
                return b[0].times(bx).div(bx.plus(1));
            }
            case "Chwirut1", "Chwirut2":
                return b[0].times(-t).exp().div(b[1].plus(b[2].times(t)));
            case "Lanczos1", "Lanczos2", "Lanczos3":
                return Dual.sum(b[0].times(b[1].times(-t).exp()), b[2].times(b[3].times(-t).exp()),
                        b[4].times(b[5].times(-t).exp()));
            case "Gauss1", "Gauss2", "Gauss3":
                return Dual.sum(b[0].times(b[1].times(-t).exp()),
                        b[2].times(b[3].rminus(t).div(b[4]).square().negate().exp()),
                        b[5].times(b[6].rminus(t).div(b[7]).square().negate().exp()));
            case "DanWood":
                return b[0].times(b[1].times(Math.log(t)).exp());
            case "Kirby2":
                return poly(b, 0, 3, t).div(poly(b, 3, 2, t).times(t).plus(1));
            case "Hahn1", "Thurber":
                return poly(b, 0, 4, t).div(poly(b, 4, 3, t).times(t).plus(1));
            case "Nelson":
                return b[0].minus(b[1].times(xi[0]).times(b[2].times(-xi[1]).exp()));
            case "MGH17":
                return Dual.sum(b[0], b[1].times(b[3].times(-t).exp()),
                        b[2].times(b[4].times(-t).exp()));
            case "Roszman1":
                return b[0].minus(b[1].times(t))
                        .minus(b[2].div(b[3].rminus(t)).atan().times(1 / Math.PI));
            case "ENSO": {
                double w = 2 * Math.PI * t;
                Dual a4 = b[3].rdiv(w);
                Dual a7 = b[6].rdiv(w);
                return Dual.sum(b[0], b[1].times(Math.cos(w / 12)), b[2].times(Math.sin(w / 12)),
                        b[4].times(a4.cos()), b[5].times(a4.sin()), b[7].times(a7.cos()),
                        b[8].times(a7.sin()));
            }
            case "MGH09":
                return b[0].times(b[1].times(t).plus(t * t))
                        .div(b[2].times(t).plus(b[3]).plus(t * t));
            case "MGH10":
                return b[0].times(b[1].div(b[2].plus(t)).exp());
            case "Rat42":
                return b[0].div(b[1].minus(b[2].times(t)).exp().plus(1));
            case "Rat43":
                return b[0].div(b[1].minus(b[2].times(t)).exp().plus(1).pow(b[3].inverse()));
            case "Eckerle4":
                return b[0].div(b[1]).times(b[2].rminus(t).div(b[1]).square().times(-0.5).exp());
            case "Bennett5":
                return b[0].times(b[1].plus(t).pow(b[2].inverse().negate()));
            default:
                throw new IllegalStateException("no model for " + dataset);
        }
    }

    /** Σ_{j<count} b[from + j]·t^j. */
    private static Dual poly(Dual[] b, int from, int count, double t) {
        Dual s = b[from];
        double tj = 1;
        for (int j = 1; j < count; j++) {
            tj *= t;
            s = s.plus(b[from + j].times(tj));
        }
        return s;
    }
}
