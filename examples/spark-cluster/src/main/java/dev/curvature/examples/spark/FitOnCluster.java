package dev.curvature.examples.spark;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.fit.LikelihoodFit;
import dev.curvature.fit.MaximumLikelihood;
import dev.curvature.spark.DistributedObjective;
import dev.curvature.spark.GlmLoss;
import dev.curvature.spark.LabeledRow;
import dev.curvature.spark.Scaling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Logistic regression with an intercept on a Spark cluster (docs/spark-cluster.md). The master
 * comes from the submission ({@code spark-submit --master}, or {@code spark.master}); the data are
 * generated on the executors from a seed per partition, so the run is the same on any cluster.
 *
 * <ol>
 *   <li>Fit: {@code newton-cg} on the mean log-loss + (λ/2)‖w‖², with a column of ones first
 *       whose coefficient (the intercept) is not penalized.
 *   <li>Standard errors: the same data as a plain negative log-likelihood ({@link Scaling#SUM},
 *       λ = 0), fitted by {@link MaximumLikelihood}; the inverse Hessian is the covariance.
 *   <li>MLlib: {@code LogisticRegression} with {@code fitIntercept = true},
 *       {@code standardization = false}, {@code regParam = λ} on the features without the column
 *       of ones: the same problem as step 1, so the coefficients agree.
 * </ol>
 *
 * <p>Arguments (all optional): rows (default 200000), features p (default 5), partitions
 * (default 4), λ (default 1e-3).
 */
public final class FitOnCluster {
    private static final double[] TRUTH = {-1.0, 0.8, -0.5, 0.3, 0.0, 0.25, -0.7, 0.4, 0.1, -0.2};
    private static final double INTERCEPT = 0.5;

    private FitOnCluster() {
    }

    public static void main(String[] args) {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        int p = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        double lambda = args.length > 3 ? Double.parseDouble(args[3]) : 1e-3;
        SparkSession spark = SparkSession.builder().appName("curvature-spark-example").getOrCreate();
        try {
            run(spark, rows, p, partitions, lambda);
        } finally {
            spark.stop();
        }
    }

    /** Rows of partition {@code part}: (1, x₁, …, x_p) and a label drawn from the model. */
    static List<LabeledRow> partitionRows(int part, long perPartition, int p) {
        Random random = new Random(1_000_003L * part + 17);
        List<LabeledRow> out = new ArrayList<>();
        for (long i = 0; i < perPartition; i++) {
            double[] x = new double[p + 1];
            x[0] = 1;
            double eta = INTERCEPT;
            for (int j = 1; j <= p; j++) {
                x[j] = j * random.nextGaussian();
                eta += TRUTH[(j - 1) % TRUTH.length] * x[j];
            }
            out.add(LabeledRow.of(random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0, x));
        }
        return out;
    }

    private static void run(SparkSession spark, long rows, int p, int partitions, double lambda) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long perPartition = rows / partitions;
        // A lambda of this class runs on the executors: the application jar must reach them
        // (spark-submit adds it to spark.jars; without it: ClassCastException of a SerializedLambda).
        JavaRDD<LabeledRow> data = jsc.parallelize(IntStream.range(0, partitions).boxed().toList(), partitions)
                .flatMap(part -> partitionRows(part, perPartition, p).iterator())
                .persist(StorageLevel.MEMORY_ONLY());
        long n = data.count();
        int executors = jsc.sc().statusTracker().getExecutorInfos().length - 1;
        System.out.printf(Locale.ROOT, "master %s, %d executor%s; %d rows × (1 + %d) columns in %d partitions%n",
                jsc.master(), Math.max(executors, 0), executors == 1 ? "" : "s", n, p, partitions);

        // 1. The penalized fit, intercept unpenalized.
        DistributedObjective f = DistributedObjective.builder(data, p + 1, GlmLoss.LOGISTIC)
                .l2(lambda).unpenalized(0).build();
        OptimizationResult r = Optimizers.named("newton-cg").minimize(f, new double[p + 1]);
        System.out.println("newton-cg: " + r.toString().replace('\n', ' '));
        System.out.printf(Locale.ROOT, "  %d passes over the data; (intercept, w) = %s%n", f.passes(),
                format(r.point()));

        // 2. Standard errors: the negative log-likelihood itself (SUM scaling, no penalty).
        DistributedObjective nll = DistributedObjective.builder(data, p + 1, GlmLoss.LOGISTIC)
                .scaling(Scaling.SUM).build();
        LikelihoodFit mle = MaximumLikelihood.fit(nll, new double[p + 1]);
        System.out.println("maximum likelihood (Scaling.SUM, λ = 0): " + mle.optimization().termination());
        double[] theta = mle.parameters();
        double[] se = mle.standardErrors();
        for (int j = 0; j <= p; j++) {
            double truth = j == 0 ? INTERCEPT : TRUTH[(j - 1) % TRUTH.length];
            System.out.printf(Locale.ROOT, "  %-9s %10.6f ± %.6f   (true %5.2f, z = %6.2f)%n",
                    j == 0 ? "intercept" : "w" + j, theta[j], se[j], truth, (theta[j] - truth) / se[j]);
        }

        // 3. MLlib on the same problem: its own intercept, the features without the ones.
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("label", DataTypes.DoubleType, false),
            DataTypes.createStructField("features", SQLDataTypes.VectorType(), false)});
        Dataset<Row> frame = spark.createDataFrame(data.map(row -> RowFactory.create(row.label(),
                Vectors.dense(Arrays.copyOfRange(row.features(), 1, row.features().length)))), schema);
        LogisticRegressionModel model = new LogisticRegression().setRegParam(lambda).setElasticNetParam(0)
                .setStandardization(false).setFitIntercept(true).setTol(1e-12).setMaxIter(500).fit(frame);
        double[] mllib = new double[p + 1];
        mllib[0] = model.intercept();
        System.arraycopy(model.coefficients().toArray(), 0, mllib, 1, p);
        double d = 0;
        for (int j = 0; j <= p; j++) {
            d = Math.max(d, Math.abs(mllib[j] - r.point()[j]));
        }
        System.out.printf(Locale.ROOT, "MLlib LogisticRegression (fitIntercept, regParam %.1e): %s%n", lambda,
                format(mllib));
        System.out.printf(Locale.ROOT, "  max |curvature − MLlib| = %.2e%n", d);
    }

    private static String format(double[] v) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", v[i]));
        }
        return s.append(')').toString();
    }
}
