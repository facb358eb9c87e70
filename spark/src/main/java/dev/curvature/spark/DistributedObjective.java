package dev.curvature.spark;

import dev.curvature.api.HessianDiagonal;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.Checks;
import dev.curvature.fit.NegativeLogLikelihood;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.ejml.data.DMatrixRMaj;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GLM objective over a Spark RDD of {@link LabeledRow}s, evaluated where the data lives:
 *
 * <pre>
 *   f(w) = s·Σᵢ ωᵢ·ℓ(xᵢᵀw, yᵢ) + (λ/2)·‖w‖²
 * </pre>
 *
 * with ℓ a {@link MarginLoss} (e.g. {@link GlmLoss#LOGISTIC}), ωᵢ the row weights, s = 1/Σωᵢ for
 * {@link Scaling#MEAN} (the default) or 1 for {@link Scaling#SUM}, and λ ≥ 0 the L2 weight. The
 * L2 term applies to <em>every</em> coefficient, including one fitted for a constant column
 * (there is no implicit intercept). The optimizer runs on the driver; this class is a
 * {@link TwiceDifferentiable}, so every Curvature optimizer minimizes it unchanged; a
 * {@link NegativeLogLikelihood} whose {@link #likelihoodScale()} is s, so that
 * {@code MaximumLikelihood.fit} gives the same standard errors under either {@link Scaling}
 * (for a loss that is a negative log-likelihood: logistic, Poisson); and a
 * {@link HessianDiagonal}, so Newton–CG preconditions its inner CG with the exact diagonal at no
 * extra pass.
 *
 * <h2>Passes over the data</h2>
 * Each of the following is exactly one Spark job (one {@code treeAggregate}, whose only stage
 * that reads the rows is the first; deeper trees add small stages over partial sums):
 * <ul>
 *   <li>{@link #value}, {@link #gradient}, {@link #valueAndGradient}, {@link #hessianDiagonal}:
 *       one pass computes f, ∇f and diag(∇²f) together and keeps them for that x, so a
 *       {@code value} call followed by a {@code gradient} call at the same point (what a
 *       backtracking line search does at the accepted step) costs one pass, not two, and so does
 *       the Hessian diagonal that Newton–CG's Jacobi preconditioner asks for at the new iterate;
 *   <li>{@link #hessianVector}: one pass for ∇²f(x)·v = s·Σωᵢℓ''ᵢ(xᵢᵀv)xᵢ + λv
 *       (the Hessian-free products of Martens 2010 and Lin, Weng &amp; Keerthi 2008);
 *   <li>{@link #hessian}: one pass accumulating the packed upper triangle of s·Σωᵢℓ''ᵢxᵢxᵢᵀ,
 *       for dimension p ≤ {@value #MAX_DENSE_HESSIAN_DIMENSION} only (each partition holds
 *       p(p+1)/2 doubles, 16 MB at the limit, and every row costs O(p²));
 *   <li>{@link Builder#build()}: one pass that checks every row and sums the weights.
 * </ul>
 * {@link #passes()} counts them all, failed jobs included.
 *
 * <h2>Shipping the coefficients</h2>
 * For each pass the coefficient vector (and, for Hv, the direction) is broadcast once, as one
 * array, and destroyed when the job ends; the task closures capture only the broadcast handle,
 * the loss and the dimension, never this object or the driver's arrays. (Spark also ships each
 * job's closure to every executor once, so for small p a closure capture would cost the same;
 * the broadcast keeps one code path and scales to large p.)
 *
 * <h2>Caching</h2>
 * Every evaluation re-reads the RDD, so the caller should {@code cache()} (or {@code persist})
 * it before building the objective; a warning is logged otherwise. The objective neither caches
 * nor unpersists the caller's RDD.
 *
 * <h2>Reproducibility</h2>
 * Spark combines the partitions' partial sums in the order their tasks finish, so two
 * evaluations at the same x may differ in the last bits (relative ~1e-16), as in MLlib. Runs are
 * therefore repeatable to rounding, but once ‖∇f‖ approaches the rounding floor (where a step's
 * decrease of f is below one ulp) the last iterations, their pass count and the termination
 * reason (gradient, function-change test, or a failed line search at an equally good point) may
 * differ between runs. Ask for gradient tolerances above that floor.
 *
 * <h2>Failures and threads</h2>
 * A failed Spark job surfaces as the {@code SparkException} Spark throws on the driver; an
 * optimizer run then ends with {@code OBJECTIVE_FAILED}, the exception as its cause and the best
 * point so far kept. The objective is immutable apart from its pass counter and the last
 * evaluation it keeps, both thread-safe, so concurrent runs may share it (Spark accepts jobs from
 * several driver threads).
 */
public final class DistributedObjective implements NegativeLogLikelihood, HessianDiagonal {

    /** The largest dimension for which {@link #hessian} forms the dense p×p Hessian. */
    public static final int MAX_DENSE_HESSIAN_DIMENSION = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(DistributedObjective.class);
    private static final String JOB_DESCRIPTION = "spark.job.description";

    private final JavaRDD<LabeledRow> rows;
    private final int dimension;
    private final MarginLoss loss;
    private final double l2;
    /** λ per coefficient: λ, or 0 for the coefficients given to {@link Builder#unpenalized}. */
    private final double[] penalty;
    private final int[] unpenalized;
    private final int treeDepth;
    private final Scaling scaling;
    private final long rowCount;
    private final double totalWeight;
    private final double scale;
    private final double[] rootMeanSquares;
    private final AtomicLong passes;
    private volatile Evaluation last;

    /**
     * f, ∇f and diag(∇²f) at one point, kept so that value, gradient and diagonal at the same x
     * are one pass.
     */
    private record Evaluation(double[] x, double value, double[] gradient, double[] diagonal) {
    }

    private DistributedObjective(Builder b, DataSummary summary, AtomicLong passes) {
        this.rows = b.rows;
        this.dimension = b.dimension;
        this.loss = b.loss;
        this.l2 = b.l2;
        this.penalty = new double[b.dimension];
        java.util.Arrays.fill(penalty, b.l2);
        this.unpenalized = java.util.Arrays.stream(b.unpenalized).distinct().sorted().toArray();
        for (int j : unpenalized) {
            penalty[j] = 0;
        }
        this.treeDepth = b.treeDepth;
        this.scaling = b.scaling;
        this.rowCount = summary.rows;
        this.totalWeight = summary.totalWeight;
        this.scale = scaling == Scaling.MEAN ? 1 / summary.totalWeight : 1;
        this.rootMeanSquares = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            rootMeanSquares[j] = Math.sqrt(summary.weightedSquares[j] / summary.totalWeight);
        }
        this.passes = passes;
    }

    /**
     * Starts describing an objective over {@code rows}.
     *
     * @param rows the data, ideally cached; each row must have {@code dimension} features
     * @param dimension p, the number of coefficients (features per row), at least 1
     * @param loss the per-row loss, e.g. {@link GlmLoss#LOGISTIC}
     * @throws IllegalArgumentException naming the argument when one is null or p &lt; 1
     */
    public static Builder builder(JavaRDD<LabeledRow> rows, int dimension, MarginLoss loss) {
        return new Builder(Checks.notNull(rows, "rows"), Checks.positive(dimension, "dimension"),
                Checks.notNull(loss, "loss"));
    }

    /**
     * Configures a {@link DistributedObjective}; {@link #build()} makes the one checking pass.
     * Not thread-safe; the objective it builds is.
     */
    public static final class Builder {
        private final JavaRDD<LabeledRow> rows;
        private final int dimension;
        private final MarginLoss loss;
        private double l2;
        private int[] unpenalized = new int[0];
        private int treeDepth = 2;
        private Scaling scaling = Scaling.MEAN;

        private Builder(JavaRDD<LabeledRow> rows, int dimension, MarginLoss loss) {
            this.rows = rows;
            this.dimension = dimension;
            this.loss = loss;
        }

        /**
         * The L2 weight λ ≥ 0 of the term (λ/2)‖w‖² on all coefficients; default 0. With
         * {@link Scaling#MEAN} it equals Spark MLlib's {@code regParam} (elastic-net 0).
         */
        public Builder l2(double lambda) {
            this.l2 = Checks.nonNegative(lambda, "l2");
            return this;
        }

        /**
         * Leaves the given coefficients (0-based) out of the L2 term, e.g. the coefficient of a
         * column of ones that serves as intercept: f(w) = s·Σ ωᵢ ℓ(xᵢᵀw, yᵢ) + (λ/2)Σ_{j penalized}
         * wⱼ². With {@link Scaling#MEAN} and the intercept column unpenalized, this is MLlib's
         * {@code LogisticRegression} with {@code fitIntercept = true}, {@code standardization =
         * false} and {@code regParam = λ} on the other columns (which MLlib must get without the
         * column of ones).
         *
         * @throws IllegalArgumentException when an index is outside [0, dimension)
         */
        public Builder unpenalized(int... coefficients) {
            for (int j : Checks.notNull(coefficients, "coefficients")) {
                if (j < 0 || j >= dimension) {
                    throw new IllegalArgumentException("unpenalized: coefficient " + j
                            + " is outside [0, " + dimension + ")");
                }
            }
            this.unpenalized = coefficients.clone();
            return this;
        }

        /**
         * The depth of every {@code treeAggregate}, at least 1; default 2 (as MLlib). Depth 1
         * sends every partition's partial sum straight to the driver; deeper trees combine them
         * on the executors first, which pays off with many partitions and large p.
         */
        public Builder treeDepth(int depth) {
            this.treeDepth = Checks.positive(depth, "treeDepth");
            return this;
        }

        /** Mean (default) or sum of the row losses; see {@link Scaling}. */
        public Builder scaling(Scaling s) {
            this.scaling = Checks.notNull(s, "scaling");
            return this;
        }

        /**
         * Makes one pass over the rows to check them, sum their weights and the weighted squares
         * of each feature, and returns the objective.
         *
         * @throws IllegalArgumentException naming {@code rows} when there are no rows, a row's
         *     width is not the dimension, a feature is not finite, a label is invalid for the
         *     loss, a weight is negative or not finite, or the weights sum to 0
         * @throws org.apache.spark.SparkException (unchecked in Java) when the checking job fails
         */
        public DistributedObjective build() {
            if (rows.getStorageLevel().equals(StorageLevel.NONE())) {
                LOG.warn("rows are not cached: every evaluation recomputes the RDD {} from its source;"
                        + " call cache() before building the objective", rows.id());
            }
            AtomicLong passes = new AtomicLong();
            int p = dimension;
            MarginLoss l = loss;
            DataSummary summary = runPass(rows.context(), passes, "check rows",
                    () -> rows.treeAggregate(new DataSummary(p, l), DataSummary::add,
                            DataSummary::merge, treeDepth));
            summary.requireValid();
            LOG.debug("{} rows, total weight {}, dimension {}", summary.rows, summary.totalWeight, p);
            return new DistributedObjective(this, summary, passes);
        }
    }

    /** Counts and labels one job in the Spark UI, restoring the caller's job description. */
    private static <T> T runPass(SparkContext sc, AtomicLong passes, String what,
            Supplier<T> job) {
        String previous = sc.getLocalProperty(JOB_DESCRIPTION);
        sc.setLocalProperty(JOB_DESCRIPTION, "curvature: " + what);
        long pass = passes.incrementAndGet();
        long start = System.nanoTime();
        try {
            return job.get();
        } finally {
            sc.setLocalProperty(JOB_DESCRIPTION, previous);
            if (LOG.isDebugEnabled()) {
                LOG.debug("pass {} ({}) took {} ms", pass, what, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    /** Broadcasts {@code array}, runs one pass with it, and destroys the broadcast. */
    private <T> T withBroadcast(String what, double[] array, Function<Broadcast<double[]>, T> job) {
        Broadcast<double[]> b = JavaSparkContext.fromSparkContext(rows.context()).broadcast(array);
        try {
            return runPass(rows.context(), passes, what, () -> job.apply(b));
        } finally {
            b.destroy();
        }
    }

    private void checkPoint(double[] x) {
        Checks.notNull(x, "x");
        if (x.length != dimension) {
            throw new IllegalArgumentException(
                    "x has length " + x.length + " but the objective's dimension is " + dimension);
        }
    }

    private Evaluation evaluate(double[] x) {
        checkPoint(x);
        Evaluation e = last;
        if (e != null && Arrays.equals(e.x, x)) {
            return e;
        }
        double[] w = x.clone();
        double[] acc = withBroadcast("value, gradient and Hessian diagonal", w,
                b -> rows.treeAggregate(new double[1 + 2 * dimension],
                        RowKernels.valueGradientAndDiagonal(loss, b), RowKernels.sum(), treeDepth));
        double[] g = new double[dimension];
        double[] diagonal = new double[dimension];
        double norm2 = 0;
        for (int j = 0; j < dimension; j++) {
            g[j] = scale * acc[1 + j] + penalty[j] * w[j];
            diagonal[j] = scale * acc[1 + dimension + j] + penalty[j];
            norm2 += penalty[j] * w[j] * w[j];
        }
        e = new Evaluation(w, scale * acc[0] + 0.5 * norm2, g, diagonal);
        last = e;
        return e;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** f(x); one pass (which also computes ∇f(x), kept for a following gradient call). */
    @Override
    public double value(double[] x) {
        return evaluate(x).value;
    }

    /** ∇f(x); one pass, or none right after {@code value} or {@code gradient} at the same x. */
    @Override
    public void gradient(double[] x, double[] gradientOut) {
        checkOut(gradientOut, "gradientOut");
        Evaluation e = evaluate(x);
        System.arraycopy(e.gradient, 0, gradientOut, 0, dimension);
    }

    /** f(x) and ∇f(x) in one pass (none when x was the last point evaluated). */
    @Override
    public double valueAndGradient(double[] x, double[] gradientOut) {
        checkOut(gradientOut, "gradientOut");
        Evaluation e = evaluate(x);
        System.arraycopy(e.gradient, 0, gradientOut, 0, dimension);
        return e.value;
    }

    /**
     * The exact Hessian diagonal diag(∇²f(x))ⱼ = s·Σᵢωᵢℓ''(xᵢᵀw)xᵢⱼ² + λ. It is computed in the
     * same pass as f and ∇f (every such pass accumulates it, at p extra multiply-adds per row and
     * p more doubles per partial sum), so at the last point evaluated, e.g. the iterate at which
     * Newton–CG asks for its preconditioner, it costs no pass; at another x, one pass (which also
     * computes and keeps f and ∇f there).
     */
    @Override
    public void hessianDiagonal(double[] x, double[] out) {
        checkOut(out, "out");
        Evaluation e = evaluate(x);
        System.arraycopy(e.diagonal, 0, out, 0, dimension);
    }

    /** ∇²f(x)·v = s·Σᵢωᵢℓ''(xᵢᵀw)(xᵢᵀv)xᵢ + λv in one pass. */
    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        checkPoint(x);
        checkOut(v, "v");
        checkOut(out, "out");
        double[] wv = new double[2 * dimension];
        System.arraycopy(x, 0, wv, 0, dimension);
        System.arraycopy(v, 0, wv, dimension, dimension);
        int p = dimension;
        double[] acc = withBroadcast("Hessian-vector product", wv,
                b -> rows.treeAggregate(new double[p], RowKernels.hessianVector(loss, b, p),
                        RowKernels.sum(), treeDepth));
        for (int j = 0; j < dimension; j++) {
            out[j] = scale * acc[j] + penalty[j] * v[j];
        }
    }

    /**
     * The dense Hessian s·Σᵢωᵢℓ''(xᵢᵀw)xᵢxᵢᵀ + λI in one pass.
     *
     * @throws IllegalArgumentException naming {@code dimension} when p &gt;
     *     {@value #MAX_DENSE_HESSIAN_DIMENSION} (use Hessian-vector products, e.g. Newton–CG,
     *     instead; inside an optimizer run this ends the run with {@code OBJECTIVE_FAILED}), or
     *     naming {@code out} when it is not p×p
     */
    @Override
    public void hessian(double[] x, DMatrixRMaj out) {
        checkPoint(x);
        if (dimension > MAX_DENSE_HESSIAN_DIMENSION) {
            throw new IllegalArgumentException("dimension " + dimension + " exceeds "
                    + MAX_DENSE_HESSIAN_DIMENSION + ", the largest for which the dense Hessian is"
                    + " formed; use Hessian-vector products (newton-cg) instead");
        }
        Checks.notNull(out, "out");
        if (out.numRows != dimension || out.numCols != dimension) {
            throw new IllegalArgumentException("out is " + out.numRows + "×" + out.numCols
                    + " but must be " + dimension + "×" + dimension);
        }
        int p = dimension;
        double[] packed = withBroadcast("Hessian", x.clone(),
                b -> rows.treeAggregate(new double[p * (p + 1) / 2],
                        RowKernels.hessianPacked(loss, b), RowKernels.sum(), treeDepth));
        for (int j = 0; j < p; j++) {
            int start = RowKernels.packedRowStart(j, p) - j; // packed index of (j, k) is start + k
            for (int k = j; k < p; k++) {
                double h = scale * packed[start + k];
                out.unsafe_set(j, k, h);
                out.unsafe_set(k, j, h);
            }
            out.unsafe_set(j, j, out.unsafe_get(j, j) + penalty[j]);
        }
    }

    private void checkOut(double[] a, String name) {
        Checks.notNull(a, name);
        if (a.length != dimension) {
            throw new IllegalArgumentException(
                    name + " has length " + a.length + " but the objective's dimension is " + dimension);
        }
    }

    /**
     * Spark jobs run over the rows so far: the construction pass plus one per evaluation that
     * was not answered from the kept last point (value, gradient and diagonal; Hv; or
     * Hessian), failed jobs included. Thread-safe; never reset.
     */
    public long passes() {
        return passes.get();
    }

    /** The number of rows (from the construction pass). */
    public long rowCount() {
        return rowCount;
    }

    /** Σᵢ ωᵢ, the total row weight (from the construction pass). */
    public double totalWeight() {
        return totalWeight;
    }

    /**
     * The weighted root mean square of each feature, √(Σᵢωᵢxᵢⱼ²/Σᵢωᵢ) (from the construction
     * pass; a fresh array). These are the square roots of the diagonal of the weighted Gram
     * matrix XᵀΩX/W, so {@link DiagonallyScaled#jacobi} with them gives that matrix a unit
     * diagonal, as MLlib's internal feature scaling does.
     */
    public double[] featureRootMeanSquares() {
        return rootMeanSquares.clone();
    }

    /** The per-row loss. */
    public MarginLoss loss() {
        return loss;
    }

    /** λ, the weight of (λ/2)‖w‖². */
    public double l2() {
        return l2;
    }

    /** The coefficients left out of the L2 term (0-based, ascending). */
    public int[] unpenalized() {
        return unpenalized.clone();
    }

    /** The depth of every {@code treeAggregate}. */
    public int treeDepth() {
        return treeDepth;
    }

    /** Mean or sum of the row losses. */
    public Scaling scaling() {
        return scaling;
    }

    /**
     * s: 1/Σωᵢ for {@link Scaling#MEAN}, 1 for {@link Scaling#SUM}. With it the model-fitting
     * module turns the inverse Hessian of f into the covariance s·(∇²f)⁻¹, which does not depend
     * on the scaling (the MEAN objective's own inverse Hessian is Σωᵢ times too large).
     */
    @Override
    public double likelihoodScale() {
        return scale;
    }

    /** The rows this objective reads (the caller's RDD). */
    public JavaRDD<LabeledRow> rows() {
        return rows;
    }

    @Override
    public String toString() {
        return "DistributedObjective[" + loss + ", p=" + dimension + ", rows=" + rowCount
                + ", l2=" + l2 + (unpenalized.length == 0 ? "" : " except " + java.util.Arrays.toString(unpenalized))
                + ", " + scaling + ", treeDepth=" + treeDepth + "]";
    }
}
