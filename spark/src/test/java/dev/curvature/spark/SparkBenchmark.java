package dev.curvature.spark;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.api.spi.Vectors;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Passes over the data and wall time to ‖∇f‖∞ ≤ 1e-6 for L2-regularized logistic regression on a
 * generated data set, for Curvature's methods on {@link DistributedObjective} and for Spark
 * MLlib's {@code LogisticRegression} (L-BFGS), in one run, as ratios to MLlib. Not run by CI.
 *
 * <pre>
 *   mvn -B -q verify -pl spark -am -Pspark-run -DskipTests \
 *       [-Dbench.rows=1000000 -Dbench.features=100 -Dbench.partitions=4 -Dbench.l2=1e-4]
 * </pre>
 *
 * Arguments: rows, features, partitions, L2 weight λ (= MLlib's regParam), master (default
 * {@code local[2]}). A pass is one Spark job, counted by a listener for every method (and, for
 * Curvature, also by {@link DistributedObjective#passes()}); jobs that only materialize the input
 * cache beforehand are excluded from every method alike.
 *
 * <p>MLlib cannot be stopped on our gradient test, so its row is found by re-running it with
 * {@code tol = 0} and {@code maxIter = k}: L-BFGS is deterministic on the same partitions, so the
 * k-th run ends at the k-th iterate, and a bisection on k finds a k whose iterate has
 * ‖∇f‖∞ ≤ 1e-6 (evaluated by the distributed objective, uncounted) while k − 1's has not. The
 * reported passes and time are those of that one run from scratch (including MLlib's own summary
 * pass and the copy into its cached blocks).
 */
public final class SparkBenchmark {
    private static final double TARGET = 1e-6;

    private SparkBenchmark() {
    }

    /** Counts jobs started, waiting for the listener bus so that counts are complete. */
    private static final class JobCounter extends SparkListener {
        private final AtomicLong jobs = new AtomicLong();
        private final SparkContext sc;

        JobCounter(SparkContext sc) {
            this.sc = sc;
            sc.addSparkListener(this);
        }

        @Override
        public void onJobStart(SparkListenerJobStart jobStart) {
            jobs.incrementAndGet();
        }

        long count() {
            try {
                sc.listenerBus().waitUntilEmpty(); // Spark's own test hook: flush pending events
            } catch (TimeoutException e) {
                throw new IllegalStateException(e);
            }
            return jobs.get();
        }
    }

    private record Outcome(String method, long passes, double seconds, double gradientNorm,
            String detail) {
    }

    /** Rows from a logistic model with correlated, differently scaled features; seeded per partition. */
    static JavaRDD<LabeledRow> generate(JavaSparkContext jsc, long rows, int p, int partitions) {
        Random random = new Random(2024);
        double[] truth = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            truth[j] = random.nextGaussian() / Math.sqrt(p);
            scale[j] = 0.5 + 1.5 * random.nextDouble();
        }
        List<Integer> parts = new ArrayList<>();
        IntStream.range(0, partitions).forEach(parts::add);
        return jsc.parallelize(parts, partitions).flatMap(part -> {
            long n = rows / partitions + (part < rows % partitions ? 1 : 0);
            Random r = new Random(1000L + part);
            return new Iterator<LabeledRow>() {
                long made;

                @Override
                public boolean hasNext() {
                    return made < n;
                }

                @Override
                public LabeledRow next() {
                    made++;
                    double shared = r.nextGaussian();
                    double[] x = new double[p];
                    double eta = 0;
                    for (int j = 0; j < p; j++) {
                        x[j] = scale[j] * (r.nextGaussian() + 0.4 * shared);
                        eta += x[j] * truth[j];
                    }
                    double y = r.nextDouble() < GlmLoss.sigmoid(eta) ? 1 : 0;
                    return LabeledRow.of(y, x);
                }
            };
        });
    }

    private static LogisticRegressionModel mllib(Dataset<Row> frame, double l2, int maxIter) {
        return new LogisticRegression().setRegParam(l2).setElasticNetParam(0)
                .setStandardization(false).setFitIntercept(false)
                .setTol(0).setMaxIter(maxIter).fit(frame);
    }

    private static double gradientNorm(DistributedObjective f, double[] w) {
        double[] g = new double[w.length];
        f.valueAndGradient(w, g);
        return Vectors.normInf(g);
    }

    /**
     * One Curvature run from 0 to ‖∇f‖∞ ≤ 1e-6, on f itself or (when {@code scaled} is given) on
     * h(u) = f(Su), stopped by a listener on ∇f = S⁻¹∇h so that the target is the same.
     */
    private static Outcome curvature(String name, IterativeOptimizer method, DistributedObjective f,
            DiagonallyScaled scaled, JobCounter jobs) {
        int p = f.dimension();
        long passes0 = f.passes();
        long jobs0 = jobs.count();
        long start = System.nanoTime();
        OptimizationResult r;
        String label;
        if (scaled == null) {
            label = name;
            r = Methods.withGradientTolerance(method, TARGET).minimize(f, new double[p]);
        } else {
            label = name + " (Jacobi-scaled)";
            double[] original = new double[p];
            r = Methods.withGradientTolerance(method, 1e-14).minimize(scaled, new double[p], info -> {
                scaled.originalGradient(info.gradient(), original);
                return Vectors.normInf(original) > TARGET;
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long passes = f.passes() - passes0;
        long counted = jobs.count() - jobs0;
        if (counted != passes) {
            throw new IllegalStateException(label + ": objective counted " + passes
                    + " passes but Spark ran " + counted + " jobs");
        }
        double gNorm = r.gradientNorm();
        if (scaled != null) {
            double[] original = new double[p];
            scaled.originalGradient(r.gradient(), original);
            gNorm = Vectors.normInf(original);
        }
        System.out.printf(Locale.ROOT, "%-30s %s%n", label, r.toString().replace('\n', ' '));
        return new Outcome(label, passes, seconds, gNorm, String.format(Locale.ROOT,
                "%s; %d iterations, %d f/∇f, %d ∇²f, Hv or diag ∇²f", r.termination(), r.iterations(),
                r.gradientEvaluations(), r.hessianEvaluations()));
    }

    public static void main(String[] args) {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int p = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        double l2 = args.length > 3 ? Double.parseDouble(args[3]) : 1e-4;
        String master = args.length > 4 ? args[4] : "local[2]";
        SparkSession.Builder builder = SparkSession.builder().master(master).appName("curvature-spark-benchmark")
                .config("spark.ui.enabled", "false");
        if (master.startsWith("local")) {
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        } else {
            // Any other master (spark://, yarn, k8s://): the executors need this code and
            // Curvature's; other settings come as -Dspark.* system properties (e.g.
            // -Dspark.driver.host=127.0.0.1, -Dspark.executor.memory=2g).
            String jars = ClusterJars.forClasspath(System.getProperty("java.class.path"));
            builder.config("spark.jars", jars);
            System.out.println("master " + master + ": spark.jars = " + jars.split(",").length + " jars");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            run(spark, rows, p, partitions, l2);
        } finally {
            spark.stop();
        }
    }

    private static void run(SparkSession spark, long rows, int p, int partitions, double l2) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JobCounter jobs = new JobCounter(spark.sparkContext());
        long t0 = System.nanoTime();
        JavaRDD<LabeledRow> data = generate(jsc, rows, p, partitions).persist(StorageLevel.MEMORY_ONLY());
        long n = data.count();
        System.out.printf(Locale.ROOT, "generated and cached %d rows x %d features in %d partitions in %.1f s"
                + " (master %s, L2 %.1e)%n", n, p, partitions, (System.nanoTime() - t0) / 1e9,
                spark.sparkContext().master(), l2);

        DistributedObjective f = DistributedObjective.builder(data, p, GlmLoss.LOGISTIC).l2(l2).build();
        Dataset<Row> frame = MllibLogisticRegressionAgreementTest.asDataFrame(data);

        // Warm-up (JIT, Spark code paths), not measured; away from the start point 0 so that no
        // method finds its first evaluation already kept by the objective.
        double[] w = new double[p];
        java.util.Arrays.fill(w, 1e-3);
        double[] g = new double[p];
        f.valueAndGradient(w, g);
        f.hessianVector(w, g, new double[p]);
        f.hessian(w, new org.ejml.data.DMatrixRMaj(p, p));
        mllib(frame, l2, 3);

        List<Outcome> outcomes = new ArrayList<>();
        // The registered methods; newton-cg preconditions its CG with f's Hessian diagonal (which
        // comes with every value-and-gradient pass).
        for (String name : Methods.names()) {
            outcomes.add(curvature(name, (IterativeOptimizer) Optimizers.named(name), f, null, jobs));
        }
        for (IterativeOptimizer variant : List.of(Methods.jacobiOnlyNewtonCg(), Methods.unpreconditionedNewtonCg())) {
            outcomes.add(curvature(variant.name(), variant, f, null, jobs));
        }
        // Jacobi-scaled variables (what MLlib does internally) for the methods that are not
        // invariant under scaling; damped Newton with an exact, positive definite Hessian is.
        // DiagonallyScaled has no Hessian diagonal, so newton-cg on it runs plain CG.
        DiagonallyScaled scaled = DiagonallyScaled.jacobi(f);
        for (String name : Methods.names()) {
            if (!name.equals("damped-newton")) {
                outcomes.add(curvature(name, (IterativeOptimizer) Optimizers.named(name), f, scaled, jobs));
            }
        }

        // MLlib: full run, then bisection on maxIter for the first iterate meeting the target.
        LogisticRegressionModel full = mllib(frame, l2, 500);
        int hi = full.summary().totalIterations();
        double gFull = gradientNorm(f, full.coefficients().toArray());
        System.out.printf(Locale.ROOT, "mllib full run: %d iterations, ‖g‖∞ = %.2e%n", hi, gFull);
        if (gFull <= TARGET) {
            int lo = 0;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                double gm = gradientNorm(f, mllib(frame, l2, mid).coefficients().toArray());
                System.out.printf(Locale.ROOT, "mllib maxIter %d: ‖g‖∞ = %.2e%n", mid, gm);
                if (gm <= TARGET) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
        }
        long jobs0 = jobs.count();
        long start = System.nanoTime();
        LogisticRegressionModel m = mllib(frame, l2, hi);
        double seconds = (System.nanoTime() - start) / 1e9;
        long passes = jobs.count() - jobs0;
        double gm = gradientNorm(f, m.coefficients().toArray());
        outcomes.add(new Outcome("mllib-lbfgs", passes, seconds, gm,
                String.format(Locale.ROOT, "maxIter = %d (first iterate with ‖g‖∞ ≤ 1e-6)", hi)));

        Outcome ref = outcomes.get(outcomes.size() - 1);
        System.out.println();
        System.out.println("| method | passes | time (s) | passes / MLlib | time / MLlib | final ‖g‖∞ | notes |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|");
        for (Outcome o : outcomes) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.2f | %.1e | %s |%n", o.method, o.passes,
                    o.seconds, (double) o.passes / ref.passes, o.seconds / ref.seconds, o.gradientNorm, o.detail);
        }
        System.out.printf(Locale.ROOT, "(plus 1 construction pass for DistributedObjective, shared by the"
                + " Curvature methods; %d rows x %d features, %d partitions, L2 %.1e)%n", rows, p, partitions, l2);
    }
}
