package dev.curvature.quasinewton;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.CurvatureProvider;

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
 * when sᵀy is not positive relative to ε‖s‖‖y‖ (a pair positive only by the rounding of a long
 * dot product, about nε‖s‖‖y‖, can pass). L-BFGS-B skips at the
 * same level (sᵀy ≤ ε_mach·|g_kᵀs|; Zhu, Byrd, Lu &amp; Nocedal 1997), and its Wolfe search
 * keeps sᵀy &gt; 0 anyway. The cosine test ε = 10⁻⁸ of {@link Bfgs} drops legitimate pairs of
 * badly scaled problems, whose s and y can be nearly orthogonal with sᵀy &gt; 0. Measurements:
 * docs/defaults.md#l-bfgs-skip-rule.
 *
 * <p>Diagonal scaling: when the objective implements {@link dev.curvature.api.HessianDiagonal},
 * H₀ = γ_kW_k with W_k = diag(∇²f(x_k))⁻¹ at every iterate (magnitudes, floored as for a Jacobi
 * preconditioner: {@link dev.curvature.api.HessianDiagonal#invertForPreconditioning}) and
 * γ_k = sᵀy/yᵀW_ky — one Hessian-diagonal evaluation per direction, free on objectives that
 * compute it with the gradient (as the Spark module's does). A diagonal initial matrix is Liu &amp;
 * Nocedal's (1989, "On the limited memory BFGS method for large scale optimization", Math.
 * Program. 45, §5) and Gilbert &amp; Lemaréchal's (1989) remedy for badly scaled variables: the
 * feature scales no longer set the iteration count (the effect of MLlib's internal
 * standardization). The diagonal is taken at every iterate, not fixed at x₀: it changes along
 * the path. Measurements: docs/defaults.md#l-bfgs-diagonal-scaling. The test problems themselves
 * provide no diagonal and run unscaled. Switch it off with {@link #withDiagonalScaling}.
 * Immutable and thread-safe.
 */
public final class Lbfgs implements CurvatureProvider {

    /** A secant update: needs sᵀy &gt; 0 at every step (N&amp;W §6.1). */
    @Override
    public boolean needsCurvatureCondition() {
        return true;
    }

    /** Under bounds: L-BFGS-B's direction ({@link LbfgsbDirection}). */
    @Override
    public boolean providesBoundedDirection() {
        return true;
    }
    private static final Lbfgs DEFAULT = new Lbfgs(10, Math.ulp(1.0), true);

    private final int memory;
    private final double skipTolerance;
    private final boolean diagonalScaling;

    private Lbfgs(int memory, double skipTolerance, boolean diagonalScaling) {
        this.memory = memory;
        this.skipTolerance = skipTolerance;
        this.diagonalScaling = diagonalScaling;
    }

    /** m = 10, ε = 2⁻⁵². */
    public static Lbfgs defaults() {
        return DEFAULT;
    }

    /** The number m ≥ 1 of pairs kept. */
    public Lbfgs withMemory(int m) {
        return new Lbfgs(Checks.positive(m, "memory"), skipTolerance, diagonalScaling);
    }

    /** The skip-rule tolerance ε ∈ [0, 1). */
    public Lbfgs withSkipTolerance(double epsilon) {
        return new Lbfgs(memory, CurvatureCondition.checkTolerance(epsilon, "skipTolerance"),
                diagonalScaling);
    }

    /**
     * Whether to scale H₀ by the inverse Hessian diagonal at each iterate when the objective
     * implements {@link dev.curvature.api.HessianDiagonal} (default true; see the class comment).
     */
    public Lbfgs withDiagonalScaling(boolean use) {
        return new Lbfgs(memory, skipTolerance, use);
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
        return new LbfgsModel(objective.dimension(), memory, skipTolerance,
                diagonalScaling && objective.hasHessianDiagonal() ? objective : null);
    }

    @Override
    public String toString() {
        return "Lbfgs[memory=" + memory + ", skipTolerance=" + skipTolerance
                + (diagonalScaling ? ", diagonal scaling when available" : "") + "]";
    }
}
