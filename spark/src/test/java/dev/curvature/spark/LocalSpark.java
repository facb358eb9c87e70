package dev.curvature.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * One local-mode Spark session ({@code local[2]}) shared by every test class of the module, so
 * that Spark starts once per test JVM; stopped by a shutdown hook.
 */
final class LocalSpark {
    private LocalSpark() {
    }

    private static final class Holder {
        static final SparkSession SESSION = start();

        private static SparkSession start() {
            SparkSession s = SparkSession.builder()
                    .master("local[2]")
                    .appName("curvature-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "stop-local-spark"));
            return s;
        }
    }

    static SparkSession session() {
        return Holder.SESSION;
    }

    static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(Holder.SESSION.sparkContext());
    }
}
