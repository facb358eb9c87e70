package dev.curvature.bench.jmh;

import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Curvature's {@code lbfgs} (m = 10; its default line search, {@code QuasiNewtonDefaults.lineSearch()})
 * on extended Rosenbrock (MGH 21) at
 * n = 10⁴, 10⁵, 10⁶.
 *
 * <ul>
 *   <li>{@link #solve}: one whole run from the standard start point to ‖∇f‖∞ ≤ 10⁻⁶ (set-up,
 *       iterations, result) — the measurement the other libraries get too.
 *   <li>{@link #iteration}: one iteration of a run under way, held between iterations by a
 *       {@link SteppedRun}, so that the time and the bytes allocated per operation are those of
 *       one iteration through the whole driver (direction, line search, objective, update,
 *       listener) at steady state. From the standard start the run is too short for that (a few
 *       dozen iterations), so this run starts from {@link #perturbedStart}, the standard start moved by
 *       up to ±0.5 per coordinate, from which it takes several hundred iterations; iterations
 *       {@value #FIRST} to {@value #FIRST} + {@value #MEASURED} − 1 are timed (2 warm-up and 8
 *       measured batches of {@value #BATCH}); the ring buffer is full from iteration 10 on.
 *   <li>{@link #idle}: an empty operation in the same single-shot batches, the baseline of JMH's
 *       own allocation per single-shot iteration, to be subtracted from {@link #iteration}'s.
 * </ul>
 * All fork one JVM with a 4 GB heap; JIT warm-up: JMH's warm-up iterations, and for
 * {@link #iteration} three whole runs in the trial set-up.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LbfgsBenchmark {
    /** The goal of {@link #solve}. */
    public static final double TOLERANCE = 1e-6;
    /** The first iteration measured by {@link #iteration}. */
    public static final int FIRST = 12;
    /** Iterations per single-shot batch of {@link #iteration}. */
    public static final int BATCH = 25;
    /** Iterations stepped through by {@link #iteration}: 10 batches. */
    public static final int MEASURED = 10 * BATCH;

    @Param({"10000", "100000", "1000000"})
    public int n;

    TestProblem problem;
    Optimizer lbfgs;
    Optimizer untilGoal;

    @Setup(Level.Trial)
    public void setUp() {
        problem = TestProblems.byName("extended-rosenbrock").withDimension(n);
        lbfgs = Optimizers.named("lbfgs");
        untilGoal = lbfgs.withCriteria(lbfgs.criteria().withGradientTolerance(TOLERANCE));
    }

    /**
     * The standard start (−1.2, 1, −1.2, 1, …) plus independent uniform numbers in [−0.5, 0.5]
     * (SplittableRandom, seed 1), which makes the n/2 Rosenbrock blocks differ, so that the run
     * is long.
     */
    public static double[] perturbedStart(TestProblem problem) {
        double[] x = problem.start();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < x.length; i++) {
            x[i] += random.nextDouble() - 0.5;
        }
        return x;
    }

    /** A whole run to ‖∇f‖∞ ≤ 10⁻⁶. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 10)
    @Measurement(iterations = 10)
    public Object solve() {
        return untilGoal.minimize(problem.objective(), problem.start());
    }

    /** The run {@link #iteration} steps through, started after JIT warm-up runs. */
    @State(Scope.Thread)
    public static class Held {
        SteppedRun run;

        @Setup(Level.Trial)
        public void start(LbfgsBenchmark b) {
            for (int i = 0; i < 3; i++) { // JIT warm-up on whole runs
                b.untilGoal.minimize(b.problem.objective(), b.problem.start());
            }
            // gradient tolerance 0: the run goes on until rounding stops it
            Optimizer endless = b.lbfgs.withCriteria(b.lbfgs.criteria().withGradientTolerance(0)
                    .withMaxIterations(1_000_000).withMaxEvaluations(10_000_000));
            run = new SteppedRun(endless, b.problem.objective(), perturbedStart(b.problem), FIRST);
        }
    }

    /** One steady-state iteration. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2, batchSize = BATCH)
    @Measurement(iterations = 8, batchSize = BATCH)
    public int iteration(Held held) {
        held.run.step();
        return held.run.iteration();
    }

    /** Nothing, in the batches of {@link #iteration}: JMH's own cost per single-shot iteration. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2, batchSize = BATCH)
    @Measurement(iterations = 8, batchSize = BATCH)
    public int idle() {
        return n;
    }
}
