package dev.curvature.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Problems of the extended set from Lukšan, Matonoha &amp; Vlček (2010), "Sparse test problems
 * for unconstrained optimization", Technical Report V-1064, Institute of Computer Science,
 * Academy of Sciences of the Czech Republic, as implemented in OptimizationProblems.jl
 * (JuliaSmoothOptimizers; names as there), and the chained Cragg–Levy variant CRAGGLVY2 of
 * Conn, Gould &amp; Toint (1988, "Testing a class of methods for solving minimization problems
 * with simple bounds on the variables", Math. Comp. 50:399–430, problem 17), and the modified
 * CUTEst problems of Lukšan, Matonoha &amp; Vlček (2003), "Test problems for unconstrained
 * optimization", TR V-897, ICS Prague (ERRINROS, FLETCBV3 and INDEF changed so as to be bounded
 * below or well posed; names with "-mod"). The reports give no minimum values, so f* is empty
 * for all of them. Default n = 100.
 */
final class LuksanVlcek {
    private static final OptionalDouble NONE = OptionalDouble.empty();
    private static final String LMV = "Lukšan, Matonoha & Vlček 2010, TR V-1064, problem ";

    private LuksanVlcek() {
    }

    static List<TestProblem> problems() {
        List<TestProblem> list = new ArrayList<>();
        list.add(nazareth(100));
        list.add(trig(100));
        list.add(toint(100));
        list.add(browngen1(100));
        list.add(trigb(100));
        list.add(cragglvy2(100));
        list.add(errinrosMod(100));
        list.add(fletcbv3Mod(100));
        list.add(indefMod(100));
        return list;
    }

    private static String source(String name, String problem) {
        return LMV + problem + " (" + name + ")";
    }

    /**
     * The 1-based neighbours of i: the band max(1, i − 2) … min(n, i + 2), then i − n/2 and
     * i + n/2 when they lie in 1…n outside the band (with {@code evenOnly}, only for even n).
     */
    static int[] neighbours(int i, int n, boolean evenOnly) {
        int lo = Math.max(1, i - 2);
        int hi = Math.min(n, i + 2);
        int[] out = new int[hi - lo + 3];
        int k = 0;
        for (int j = lo; j <= hi; j++) {
            out[k++] = j;
        }
        if (!evenOnly || n % 2 == 0) {
            int half = n / 2;
            int j1 = evenOnly ? i + half : i - half;
            int j2 = evenOnly ? i - half : i + half;
            if (j1 >= 1 && j1 <= n && (j1 < lo || j1 > hi)) {
                out[k++] = j1;
            }
            if (j2 >= 1 && j2 <= n && j2 != j1 && (j2 < lo || j2 > hi)) {
                out[k++] = j2;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static int zeroBased(int[] idx, int[] oneBased) {
        for (int a = 0; a < oneBased.length; a++) {
            idx[a] = oneBased[a] - 1;
        }
        return oneBased.length;
    }

    /**
     * NAZARETH, the sparse modification of Nazareth's trigonometric function (problem 8):
     * f = (1/n)Σᵢ (n + i − Σ_{j∈Jᵢ} (aᵢⱼ sin xⱼ + bᵢⱼ cos xⱼ))² with aᵢⱼ = 5(1 + i mod 5 + j mod 5),
     * bᵢⱼ = (i + j)/10 and Jᵢ the band |j − i| ≤ 2 plus i ± ⌊n/2⌋; x0 = (1/n, …, 1/n).
     */
    static TestProblem nazareth(int n) {
        Problem.atLeast(n, 3, "nazareth");
        return new Formula("nazareth", Problem.filled(n, 1.0 / n), NONE,
                source("NAZARETH", "8"), LuksanVlcek::nazareth, n, 7,
                (e, idx) -> zeroBased(idx, neighbours(e + 1, n, false)), (e, u) -> {
                    int i = e + 1;
                    int[] js = neighbours(i, n, false);
                    Dual s = null;
                    for (int a = 0; a < js.length; a++) {
                        int j = js[a];
                        Dual t = u[a].sin().times(5 * (1 + i % 5 + j % 5))
                                .plus(u[a].cos().times((i + j) / 10.0));
                        s = s == null ? t : s.plus(t);
                    }
                    return s.rminus(n + i).square().times(1.0 / n);
                });
    }

    /**
     * TRIG, "another trigonometric function" (problem 9): f = (1/n)Σᵢ [i(1 − cos xᵢ)
     * + Σ_{j∈Jᵢ} (aᵢⱼ sin xⱼ + bᵢⱼ cos xⱼ)], aᵢⱼ, bᵢⱼ as for NAZARETH, Jᵢ the band |j − i| ≤ 2
     * plus, for even n, i ± n/2; x0 = (1/n, …, 1/n).
     */
    static TestProblem trig(int n) {
        Problem.atLeast(n, 3, "trig");
        return new Formula("trig", Problem.filled(n, 1.0 / n), NONE, source("TRIG", "9"),
                LuksanVlcek::trig, n, 7, (e, idx) -> zeroBased(idx, neighbours(e + 1, n, true)),
                (e, u) -> {
                    int i = e + 1;
                    int[] js = neighbours(i, n, true);
                    Dual s = null;
                    for (int a = 0; a < js.length; a++) {
                        int j = js[a];
                        Dual t = u[a].sin().times(5 * (1 + i % 5 + j % 5))
                                .plus(u[a].cos().times((i + j) / 10.0));
                        if (j == i) {
                            t = t.plus(u[a].cos().rminus(1).times(i));
                        }
                        s = s == null ? t : s.plus(t);
                    }
                    return s.times(1.0 / n);
                });
    }

    /**
     * TOINT, Toint's trigonometric function (problem 10): f = (1/n)Σᵢ Σ_{j∈Jᵢ}
     * aᵢⱼ sin(bᵢⱼ + cᵢxᵢ + cⱼxⱼ) with cᵢ = 1 + i/10, aᵢⱼ, bᵢⱼ and Jᵢ as for TRIG; x0 = (1, …, 1).
     */
    static TestProblem toint(int n) {
        Problem.atLeast(n, 3, "toint");
        return new Formula("toint", Problem.filled(n, 1), NONE, source("TOINT", "10"),
                LuksanVlcek::toint, n, 7, (e, idx) -> zeroBased(idx, neighbours(e + 1, n, true)),
                (e, u) -> {
                    int i = e + 1;
                    int[] js = neighbours(i, n, true);
                    int self = i - js[0];   // the band starts at max(1, i − 2) and holds i
                    Dual s = null;
                    for (int a = 0; a < js.length; a++) {
                        int j = js[a];
                        Dual t = u[self].times(1 + i / 10.0).plus(u[a].times(1 + j / 10.0))
                                .plus((i + j) / 10.0).sin().times(5 * (1 + i % 5 + j % 5));
                        s = s == null ? t : s.plus(t);
                    }
                    return s.times(1.0 / n);
                });
    }

    /**
     * BROWNGEN1, a generalization of Brown's function 1 (problem 12): f = Σ_{i=2}^{n}
     * [(x_{i−1} − 3)² + (x_{i−1} − xᵢ)² + e^{20(x_{i−1} − xᵢ)}]; x0 = (0, −1, 0, −1, …).
     */
    static TestProblem browngen1(int n) {
        Problem.atLeast(n, 2, "browngen1");
        return new Formula("browngen1", Problem.tile(new double[] {0, -1}, n), NONE,
                source("BROWNGEN1", "12"), LuksanVlcek::browngen1, n - 1, 2,
                (e, idx) -> AdElementSum.window(idx, e, 2), (e, u) -> {
                    Dual d = u[0].minus(u[1]);
                    return u[0].minus(3).square().plus(d.square()).plus(d.times(20).exp());
                });
    }

    /**
     * TRIGB, the banded trigonometric problem (problem 16): f = Σᵢ i(1 − cos xᵢ + sin x_{i−1}
     * − sin x_{i+1}) with x₀ = x_{n+1} = 0; x0 = (1, …, 1).
     */
    static TestProblem trigb(int n) {
        Problem.atLeast(n, 2, "trigb");
        return new Formula("trigb", Problem.filled(n, 1), NONE, source("TRIGB", "16"),
                LuksanVlcek::trigb, n, 3, (e, idx) -> {
                    int lo = Math.max(0, e - 1);
                    int hi = Math.min(n - 1, e + 1);
                    return AdElementSum.window(idx, lo, hi - lo + 1);
                }, (e, u) -> {
                    int a = e == 0 ? 0 : 1;   // position of xᵢ among the element's variables
                    Dual t = u[a].cos().rminus(1);
                    if (e > 0) {
                        t = t.plus(u[0].sin());
                    }
                    if (e < n - 1) {
                        t = t.minus(u[a + 1].sin());
                    }
                    return t.times(e + 1);
                });
    }

    /**
     * CRAGGLVY2, the chained Cragg–Levy function with a different quartic term (Conn, Gould
     * &amp; Toint 1988, problem 17; in the Lukšan–Matonoha–Vlček collection): f = Σ_{i=1}^{n/2−1}
     * [(e^{x_{2i−1}} − x_{2i})⁴ + 100(x_{2i} − x_{2i+1})⁶ + tan⁴(x_{2i+1} − x_{2i+2}) + x_{2i−1}⁸
     * + (x_{2i+2} − 1)²]; n even; x0 = (1, 2, 2, …, 2).
     */
    static TestProblem cragglvy2(int n) {
        Problem.multipleOf(n, 2, "cragglvy2");
        Problem.atLeast(n, 4, "cragglvy2");
        double[] x0 = Problem.filled(n, 2);
        x0[0] = 1;
        return new Formula("cragglvy2", x0, NONE,
                "Conn, Gould & Toint 1988, problem 17 (CRAGGLVY2)",
                LuksanVlcek::cragglvy2, n / 2 - 1, 4, (e, idx) -> AdElementSum.window(idx, 2 * e, 4),
                (e, u) -> Dual.sum(u[0].exp().minus(u[1]).pow(4),
                        u[1].minus(u[2]).pow(6).times(100), u[2].minus(u[3]).tan().pow(4),
                        u[0].pow(8), u[3].minus(1).square()));
    }

    private static final String LMV2003 = "Lukšan, Matonoha & Vlček 2003, TR V-897";

    /**
     * ERRINROS-MOD (LMV 2003's modified ERRINROS): f = ½Σ_{i=2}^{n} (x_{i−1}
     * − 16xᵢ²(1.5 + sin i)²)² + ½Σ_{i=2}^{n} (1 − xᵢ)²; x0 = (−1, …, −1).
     */
    static TestProblem errinrosMod(int n) {
        Problem.atLeast(n, 2, "errinros-mod");
        return new Formula("errinros-mod", Problem.filled(n, -1), NONE,
                LMV2003 + " (ERRINROS modified)", LuksanVlcek::errinrosMod, n - 1, 2,
                (e, idx) -> AdElementSum.window(idx, e, 2), (e, u) -> {
                    double a = 1.5 + Math.sin(e + 2.0);
                    return u[0].minus(u[1].square().times(16 * a * a)).square()
                            .plus(u[1].rminus(1).square()).times(0.5);
                });
    }

    /**
     * FLETCBV3-MOD (LMV 2003's modified FLETCBV3, after Fletcher 1992): with p = 10⁻⁸ and
     * h = 1/(n + 1), f = (p/2)(x₁² + Σ_{i&lt;n} (xᵢ − x_{i+1})² + xₙ²) − pΣᵢ (100(1 + 2/h²)
     * sin(xᵢ/100) + cos(xᵢ)/h²); x0ᵢ = ih. Very badly scaled on purpose (f and ∇f are O(p/h²)).
     */
    static TestProblem fletcbv3Mod(int n) {
        Problem.atLeast(n, 2, "fletcbv3-mod");
        double p = 1e-8;
        double h = 1.0 / (n + 1);
        return new Formula("fletcbv3-mod", Problem.ramp(n, h), NONE,
                LMV2003 + " (FLETCBV3 modified)", LuksanVlcek::fletcbv3Mod, 2 * n + 1, 2,
                (e, idx) -> {
                    if (e < n - 1) {
                        return AdElementSum.window(idx, e, 2);
                    }
                    idx[0] = e == n - 1 ? 0 : e == n ? n - 1 : e - (n + 1);
                    return 1;
                }, (e, u) -> {
                    if (e < n - 1) {
                        return u[0].minus(u[1]).square().times(p / 2);
                    }
                    if (e <= n) {
                        return u[0].square().times(p / 2);
                    }
                    return u[0].times(0.01).sin().times(100 * (1 + 2 / (h * h)))
                            .plus(u[0].cos().times(1 / (h * h))).times(-p);
                });
    }

    /**
     * INDEF-MOD (LMV 2003's modified INDEF, bounded below unlike CUTEst's INDEF):
     * f = 100Σᵢ sin(xᵢ/100) + ½Σ_{i=2}^{n−1} cos(2xᵢ − xₙ − x₁); x0ᵢ = i/(n + 1).
     */
    static TestProblem indefMod(int n) {
        Problem.atLeast(n, 3, "indef-mod");
        return new Formula("indef-mod", Problem.ramp(n, 1.0 / (n + 1)), NONE,
                LMV2003 + " (INDEF modified)", LuksanVlcek::indefMod, 2 * n - 2, 3, (e, idx) -> {
                    if (e < n) {
                        idx[0] = e;
                        return 1;
                    }
                    return AdElementSum.indices(idx, e - n + 1, n - 1, 0);
                }, (e, u) -> e < n ? u[0].times(0.01).sin().times(100)
                        : u[0].times(2).minus(u[1]).minus(u[2]).cos().times(0.5));
    }
}
