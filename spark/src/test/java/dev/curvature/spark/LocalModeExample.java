package dev.curvature.spark;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The README's example: logistic regression with an L2 term by Newton–CG on a local Spark.
 * Run with {@code mvn -B -q verify -pl spark -am -Pspark-run -DskipTests
 * -Dspark.main=dev.curvature.spark.LocalModeExample}.
 */
public final class LocalModeExample {
    private LocalModeExample() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("curvature-example")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());

            // 10 000 rows: an intercept column and two features, labels from a known model.
            Random random = new Random(1);
            List<LabeledRow> rows = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                double x1 = random.nextGaussian();
                double x2 = random.nextGaussian();
                double eta = -0.5 + 1.5 * x1 - 2.0 * x2;
                double y = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
                rows.add(LabeledRow.of(y, 1.0, x1, x2));
            }
            JavaRDD<LabeledRow> data = jsc.parallelize(rows, 4).cache();

            DistributedObjective f = DistributedObjective.builder(data, 3, GlmLoss.LOGISTIC)
                    .l2(1e-4)     // (λ/2)‖w‖², λ = MLlib's regParam
                    .unpenalized(0) // ... except on the intercept, as MLlib's fitIntercept
                    .build();     // one pass: checks the rows, sums the weights
            OptimizationResult result = Optimizers.named("newton-cg").minimize(f, new double[3]);

            System.out.println(result);
            System.out.println("coefficients " + Arrays.toString(result.point()));
            System.out.println("passes over the data " + f.passes());
        } finally {
            spark.stop();
        }
    }
}
