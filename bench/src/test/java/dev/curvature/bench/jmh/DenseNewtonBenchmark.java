package dev.curvature.bench.jmh;

import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.newton.AddedIdentity;
import dev.curvature.newton.HessianCurvature;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
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
 * The dense Newton step of {@code damped-newton} at n = 100, 500, 1000: the model of
 * {@link HessianCurvature} with {@link AddedIdentity} (N&amp;W Algorithm 3.3) computing
 * p = −(∇²f)⁻¹g at a new iterate — Hessian evaluation into a dense n×n matrix, the finiteness
 * check, EJML's Cholesky factorization and the two triangular solves — on MGH 25 (variably
 * dimensioned, f = Σ(xᵢ−1)² + t² + t⁴ with t = Σ i(xᵢ−1)), whose Hessian 2I + (2 + 12t²)wwᵀ
 * (wᵢ = i) is dense and positive definite everywhere, so each step is exactly one factorization.
 * {@link #hessian} times the Hessian evaluation alone.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DenseNewtonBenchmark {
    @Param({"100", "500", "1000"})
    public int n;

    private TestProblem problem;
    private CurvatureModel model;
    private double[] x;
    private double[] g;
    private double[] p;
    private double[] zero;
    private DMatrixRMaj h;

    @Setup(Level.Trial)
    public void setUp() {
        problem = TestProblems.byName("variably-dimensioned").withDimension(n);
        CountingObjective counted = new CountingObjective(problem.objective(), Integer.MAX_VALUE);
        model = HessianCurvature.exact(AddedIdentity.defaults()).start(counted);
        x = problem.start();
        g = new double[n];
        problem.objective().gradient(x, g);
        p = new double[n];
        zero = new double[n];
        h = new DMatrixRMaj(n, n);
    }

    /** One Newton direction at a new iterate (the model is told of a step first). */
    @Benchmark
    public double[] newtonStep() {
        model.update(StepRecord.of(zero, zero, x, g, 1, true)); // a new iterate: the next direction evaluates ∇²f
        if (model.direction(x, g, p) != DirectionStatus.OK) {
            throw new IllegalStateException("the Hessian should be positive definite");
        }
        return p;
    }

    /** The Hessian evaluation alone. */
    @Benchmark
    public DMatrixRMaj hessian() {
        problem.objective().hessian(x, h);
        return h;
    }
}
