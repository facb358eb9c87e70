package dev.curvature.bench.jmh.peers;

import dev.curvature.bench.jmh.LbfgsBenchmark;
import dev.curvature.bench.jmh.Solver;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
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
 * The other libraries' L-BFGS on the problem and goal of {@link LbfgsBenchmark#solve}: extended
 * Rosenbrock from the standard start, n = 10⁴, 10⁵, 10⁶, until ‖∇f‖∞ ≤ 10⁻⁶ (see
 * {@link dev.curvature.bench.jmh.GradientStop}); the same JVM settings and measurement.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PeerBenchmark {
    @Param({"smile", "mallet", "corenlp", "lbfgs4j"})
    public String peer;

    @Param({"10000", "100000", "1000000"})
    public int n;

    private Solver solver;
    private TestProblem problem;

    @Setup(Level.Trial)
    public void setUp() {
        solver = Peers.named(peer);
        problem = TestProblems.byName("extended-rosenbrock").withDimension(n);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 10)
    @Measurement(iterations = 10)
    public Object solve() {
        return solver.solve(problem, LbfgsBenchmark.TOLERANCE);
    }
}
