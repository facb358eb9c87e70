package dev.curvature.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.OptimizationResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logistic regression by Curvature on the distributed objective agrees with Spark MLlib's
 * {@code LogisticRegression} on the same penalized problem. MLlib minimizes
 * (1/n)·Σ logloss + regParam·½‖w‖² (elastic net 0); with {@code standardization = false} the
 * penalty is on the original coefficients and with {@code fitIntercept = false} there is no
 * unpenalized intercept, so regParam is exactly our L2 weight λ under {@link Scaling#MEAN}.
 *
 * <p>With an intercept: MLlib ({@code fitIntercept = true}) does not penalize it and gets the
 * features without a column of ones (it would zero a constant column); Curvature gets the column of
 * ones first and leaves its coefficient out of the penalty ({@code unpenalized(0)}).
 *
 * <p>Tagged slow (MLlib's first fit starts Spark SQL): runs with {@code -Pfull}. The default build
 * keeps the fast tests of the same objective (DistributedObjectiveTest, against a single-machine
 * objective, and its unpenalized-coefficient test).
 */
@Tag("slow")
class MllibLogisticRegressionAgreementTest {

    private static final Logger LOG = LoggerFactory.getLogger(MllibLogisticRegressionAgreementTest.class);
    private static final int P = 6;
    private static final List<LabeledRow> DATA = SyntheticData.generate(GlmLoss.LOGISTIC, 2000, P, false, 31);

    static Dataset<Row> asDataFrame(JavaRDD<LabeledRow> rows) {
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("label", DataTypes.DoubleType, false),
            DataTypes.createStructField("features", SQLDataTypes.VectorType(), false)});
        JavaRDD<Row> r = rows.map(row -> RowFactory.create(row.label(), Vectors.dense(row.features())));
        return LocalSpark.session().createDataFrame(r, schema);
    }

    static double[] mllib(Dataset<Row> frame, double regParam) {
        LogisticRegressionModel model = new LogisticRegression()
                .setRegParam(regParam)
                .setElasticNetParam(0)
                .setStandardization(false)
                .setFitIntercept(false)
                .setTol(1e-12)
                .setMaxIter(1000)
                .fit(frame);
        return model.coefficients().toArray();
    }

    private static double[] curvature(JavaRDD<LabeledRow> rows, double l2) {
        DistributedObjective f = DistributedObjective.builder(rows, P, GlmLoss.LOGISTIC).l2(l2).build();
        OptimizationResult r = Methods.withGradientTolerance("damped-newton", 1e-10).minimize(f, new double[P]);
        assertTrue(r.gradientNorm() <= 1e-9, r::toString);
        return r.point();
    }

    private static double maxAbsDifference(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    @ParameterizedTest(name = "regParam = {0}")
    @ValueSource(doubles = {0.0, 0.05})
    void coefficientsAgreeWithMllibTo1e5(double lambda) {
        JavaRDD<LabeledRow> rows = LocalSpark.context().parallelize(DATA, 4).cache();
        double[] ours = curvature(rows, lambda);
        double[] theirs = mllib(asDataFrame(rows), lambda);
        double d = maxAbsDifference(ours, theirs);
        LOG.info("regParam {}: max |w_curvature - w_mllib| = {}", lambda, d);
        assertTrue(d <= 1e-5, () -> "max |Δw| = " + d + "\n curvature " + java.util.Arrays.toString(ours)
                + "\n mllib     " + java.util.Arrays.toString(theirs));
    }

    /** Features, and labels from a logistic model with intercept 1.5. */
    private static List<LabeledRow> withIntercept(boolean onesColumn) {
        java.util.Random random = new java.util.Random(5);
        double[] truth = {0.8, -0.5, 0.3, 0.0};
        List<LabeledRow> rows = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            double[] x = new double[truth.length];
            double eta = 1.5;
            for (int j = 0; j < x.length; j++) {
                x[j] = (1 + j) * random.nextGaussian();
                eta += truth[j] * x[j];
            }
            double y = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            if (onesColumn) {
                double[] withOne = new double[x.length + 1];
                withOne[0] = 1;
                System.arraycopy(x, 0, withOne, 1, x.length);
                x = withOne;
            }
            rows.add(LabeledRow.of(y, x));
        }
        return rows;
    }

    private static double[] fitWithIntercept(double regParam, boolean penalizeIntercept) {
        List<LabeledRow> rows = withIntercept(true);
        int p = rows.get(0).features().length;
        DistributedObjective.Builder b = DistributedObjective.builder(
                LocalSpark.context().parallelize(rows, 4).cache(), p, GlmLoss.LOGISTIC).l2(regParam);
        if (!penalizeIntercept) {
            b.unpenalized(0);
        }
        OptimizationResult r = Methods.withGradientTolerance("damped-newton", 1e-10).minimize(b.build(), new double[p]);
        assertTrue(r.gradientNorm() <= 1e-9, r::toString);
        return r.point();
    }

    /** MLlib's (intercept, coefficients), in Curvature's order: the intercept first. */
    private static double[] mllibWithIntercept(double regParam) {
        LogisticRegressionModel model = new LogisticRegression()
                .setRegParam(regParam)
                .setElasticNetParam(0)
                .setStandardization(false)
                .setFitIntercept(true)
                .setTol(1e-12)
                .setMaxIter(1000)
                .fit(asDataFrame(LocalSpark.context().parallelize(withIntercept(false), 4)));
        double[] c = model.coefficients().toArray();
        double[] out = new double[c.length + 1];
        out[0] = model.intercept();
        System.arraycopy(c, 0, out, 1, c.length);
        return out;
    }

    @ParameterizedTest(name = "regParam = {0}")
    @ValueSource(doubles = {0.0, 0.05})
    void withAnUnpenalizedInterceptColumnTheCoefficientsAgreeWithMllibsFitIntercept(double lambda) {
        double[] ours = fitWithIntercept(lambda, false);
        double[] theirs = mllibWithIntercept(lambda);
        double d = maxAbsDifference(ours, theirs);
        LOG.info("with intercept, regParam {}: max |w_curvature - w_mllib| = {}", lambda, d);
        assertTrue(d <= 1e-5, () -> "max |Δw| = " + d + "\n curvature " + java.util.Arrays.toString(ours)
                + "\n mllib     " + java.util.Arrays.toString(theirs));
    }

    @Test
    void aPenalizedInterceptColumnDoesNotAgreeWithMllib() {
        // Negative control: the recipe README used to give (a column of ones, penalized like the
        // rest) solves a different problem from MLlib's fitIntercept.
        double d = maxAbsDifference(fitWithIntercept(0.05, true), mllibWithIntercept(0.05));
        LOG.info("negative control (penalized intercept): max |Δw| = {}", d);
        assertTrue(d > 1e-3, "max |Δw| = " + d);
    }

    @Test
    void aDifferentPenaltyConventionWouldBeDetected() {
        // Negative control: MLlib's regParam is the weight of ½‖w‖²; reading it as the weight of
        // ‖w‖² (λ = 2·regParam here) moves the coefficients far beyond the tolerance above.
        JavaRDD<LabeledRow> rows = LocalSpark.context().parallelize(new ArrayList<>(DATA), 4).cache();
        double[] theirs = mllib(asDataFrame(rows), 0.05);
        double[] doubled = curvature(rows, 0.10);
        double d = maxAbsDifference(doubled, theirs);
        LOG.info("negative control (λ = 2·regParam): max |Δw| = {}", d);
        assertTrue(d > 1e-3);
    }
}
