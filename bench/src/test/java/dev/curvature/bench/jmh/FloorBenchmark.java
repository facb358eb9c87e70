package dev.curvature.bench.jmh;

import dev.curvature.api.Objective;
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
 * The memory-bandwidth floor of one L-BFGS iteration (m = 10) on extended Rosenbrock: a
 * streaming kernel that moves exactly the n-vectors an ideal, fully fused iteration with one
 * function evaluation must move, with the real gradient evaluation and one multiply-add per
 * element of every pass:
 * <ol>
 *   <li>two-loop recursion, 2m passes, each reading the work vector q and two stored vectors and
 *       writing q: {@code q[i] += a·v[i]; d += w[i]·q[i]} (the update of one step fused with the
 *       dot product of the next) — 2m × (3 reads + 1 write);
 *   <li>trial point {@code xt = x + α·q} — 2 reads + 1 write;
 *   <li>{@code valueAndGradient(xt, gt)} of extended Rosenbrock — 1 read + 1 write;
 *   <li>slope {@code gtᵀq} — 2 reads;
 *   <li>new pair {@code s = xt − x}, {@code y = gt − g} with sᵀy, yᵀy — 4 reads + 2 writes.
 * </ol>
 * In all 6m + 9 = 69 vector reads and 2m + 4 = 24 vector writes of 8n bytes each (m = 10). Any
 * L-BFGS iteration built on the two-loop recursion moves at least this much as counted (the
 * compact form of {@code CompactInverse} counts 55 reads and 7 writes; in both, the stored pairs
 * are read twice), so the ratio of an iteration's time to this kernel's measures how close the
 * implementation comes to the hardware. Coefficients are tiny so that the values
 * stay put from call to call.
 *
 * <p>Beside it, the STREAM triad (McCalpin 1995, "Memory bandwidth and machine balance in current
 * high performance computers", IEEE TCCA Newsletter), {@code a = b + q·c}, 24n bytes by STREAM's
 * count: {@link #streamTriad} on three n-vectors (at n = 10⁶, 24 MB, which a large last-level
 * cache may hold), and {@link #streamTriadOverPairs} on the m + 1 stored pairs of this kernel
 * (2m + 2 n-vectors, 176 MB at n = 10⁶: the memory an iteration's passes come from), m triads
 * per operation. Bytes per iteration ÷ (24n ÷ triad time) is the iteration's floor at triad
 * bandwidth.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FloorBenchmark {
    /** The L-BFGS memory m. */
    static final int M = 10;

    @Param({"10000", "100000", "1000000"})
    public int n;

    private Objective rosenbrock;
    private double[][] s;
    private double[][] y;
    private double[] q;
    private double[] x;
    private double[] g;
    private double[] xt;
    private double[] gt;
    private double[] sNew;
    private double[] yNew;
    private double a = 1e-12;
    private double[] ta;
    private double[] tb;
    private double[] tc;

    @Setup(Level.Trial)
    public void setUp() {
        var problem = TestProblems.byName("extended-rosenbrock").withDimension(n);
        rosenbrock = problem.objective();
        s = new double[M + 1][n];
        y = new double[M + 1][n];
        for (int k = 0; k <= M; k++) {
            for (int i = 0; i < n; i++) {
                s[k][i] = 1e-3 * ((i + k) % 7 - 3);
                y[k][i] = 1e-3 * ((i + 2 * k) % 5 - 2);
            }
        }
        x = problem.start();
        g = new double[n];
        rosenbrock.valueAndGradient(x, g);
        q = g.clone();
        xt = new double[n];
        gt = new double[n];
        sNew = new double[n];
        yNew = new double[n];
        ta = new double[n];
        tb = g.clone();
        tc = x.clone();
    }

    /** STREAM's triad a = b + q·c on three n-vectors. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public double[] streamTriad() {
        double c = a;
        double[] out = ta;
        double[] u = tb;
        double[] v = tc;
        for (int i = 0; i < out.length; i++) {
            out[i] = u[i] + c * v[i];
        }
        return out;
    }

    /**
     * m STREAM triads y_k = s_k + q·s_{k+1}, k = 0 … m − 1, over the stored pairs: the triad on
     * data that do not stay in cache (divide the time by m for one triad).
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public double[][] streamTriadOverPairs() {
        double c = a;
        for (int k = 0; k < M; k++) {
            double[] out = y[k];
            double[] u = s[k];
            double[] v = s[k + 1];
            for (int i = 0; i < out.length; i++) {
                out[i] = u[i] + c * v[i];
            }
        }
        return y;
    }

    /** q ← q + c·v, returning wᵀq: one fused pass of the two-loop recursion. */
    private static double pass(double[] q, double c, double[] v, double[] w) {
        double d = 0;
        for (int i = 0; i < q.length; i++) {
            double qi = q[i] + c * v[i];
            q[i] = qi;
            d += w[i] * qi;
        }
        return d;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public double iterationFloor() {
        double c = a;
        double sum = 0;
        for (int k = M - 1; k >= 0; k--) { // first loop: y_k, then s_{k−1}
            sum += pass(q, -c, y[k + 1], s[k]);
        }
        for (int k = 0; k < M; k++) { // second loop: s_k, then y_{k+1}
            sum += pass(q, c, s[k], y[k + 1]);
        }
        int len = x.length;
        for (int i = 0; i < len; i++) {
            xt[i] = x[i] + c * q[i];
        }
        sum += rosenbrock.valueAndGradient(xt, gt);
        double slope = 0;
        for (int i = 0; i < len; i++) {
            slope += gt[i] * q[i];
        }
        double sy = 0;
        double yy = 0;
        for (int i = 0; i < len; i++) {
            double si = xt[i] - x[i];
            double yi = gt[i] - g[i];
            sNew[i] = si;
            yNew[i] = yi;
            sy += si * yi;
            yy += yi * yi;
        }
        return sum + slope + sy + yy;
    }
}
