package dev.curvature.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scalable CUTEst problems of the extended set (Gould, Orban &amp; Toint, CUTEst; SIF files in
 * https://bitbucket.org/optrove/sif). Each factory's Javadoc gives the formula, the SIF start
 * point, f* and the original reference; formulas were transcribed from the SIF files as ported
 * to Python by sif2jax (github.com/johannahaffner/sif2jax, checked there against pycutest),
 * cross-read with OptimizationProblems.jl (JuliaSmoothOptimizers) and, where cited there, with
 * Lukšan, Matonoha &amp; Vlček (2018), "Problems for nonlinear least squares and nonlinear
 * equations" / "Sparse test problems for unconstrained optimization", TR V-1081/V-1064, ICS
 * Prague. f* is the SIF "SOLTN" value where the file prints one for that n to better than the
 * solved tolerance, and empty otherwise.
 *
 * <p>Sizes in {@link #problems()}: n = 1000 for CURLY10, DIXON3DQ, EG2, FLETCBV2, GENHUMPS,
 * KSSLS, MODBEALE, NONCVXUN, POWER, SCHMVETT, SINQUAD, SPARSINE, SPARSQUR, TOINTGSS and TQUARTIC,
 * n = 1002 (a multiple
 * of 3) for DIXMAANM; n = 300 for DIXMAANN–P, n = 50 (the SIF size, the largest the data allow)
 * for CHNROSNB, CHNRSNBM and ERRINROS, n = 100 for the others (MSQRTALS/BLS: p = 10). Every problem rebuilds at other sizes with
 * {@link TestProblem#withDimension}.
 */
final class ScalableCutest {
    private static final OptionalDouble ZERO = OptionalDouble.of(0);
    private static final OptionalDouble NONE = OptionalDouble.empty();
    static final int LARGE = 1000;
    static final int MEDIUM = 100;

    private ScalableCutest() {
    }

    static List<TestProblem> problems() {
        List<TestProblem> list = new ArrayList<>();
        list.add(chnrosnb(50));
        list.add(cosine(MEDIUM));
        list.add(curly(10, LARGE));
        list.add(curly(20, MEDIUM));
        list.add(curly(30, MEDIUM));
        list.add(dixmaan('M', 1002));
        list.add(dixmaan('N', 300));
        list.add(dixmaan('O', 300));
        list.add(dixmaan('P', 300));
        list.add(dixon3dq(LARGE));
        list.add(eg2(LARGE));
        list.add(errinros(50));
        list.add(fletcbv2(LARGE));
        list.add(genhumps(LARGE));
        list.add(noncvxu2(MEDIUM));
        list.add(noncvxun(LARGE));
        list.add(schmvett(LARGE));
        list.add(sinquad(LARGE));
        list.add(sparsine(LARGE));
        list.add(sparsqur(LARGE));
        list.add(tointgss(LARGE));
        list.add(tquartic(LARGE));
        list.add(chnrsnbm(50));
        list.add(modbeale(LARGE));
        list.add(msqrt('A', 10));
        list.add(msqrt('B', 10));
        list.add(new Power(LARGE));
        list.add(qing(MEDIUM));
        list.add(ncb20b(MEDIUM));
        list.add(new Kssls(LARGE));
        return list;
    }

    private static String sif(String name, String reference) {
        return "CUTEst " + name + " (" + reference + ")";
    }

    private static int window(int[] idx, int start, int len) {
        return AdElementSum.window(idx, start, len);
    }

    static final double[] ALPHA = {1.25, 1.40, 2.40, 1.40, 1.75, 1.20, 2.25, 1.20, 1.00, 1.10,
        1.50, 1.60, 1.25, 1.25, 1.20, 1.20, 1.40, 0.50, 0.50, 1.25, 1.80, 0.75, 1.25, 1.40, 1.60,
        2.00, 1.00, 1.60, 1.25, 2.75, 1.25, 1.25, 1.25, 3.00, 1.50, 2.00, 1.25, 1.40, 1.80, 1.50,
        2.20, 1.40, 1.50, 1.25, 2.00, 1.50, 1.25, 1.40, 0.60, 1.50};

    /**
     * CHNROSNB, the chained Rosenbrock function of Toint (1978, "Some numerical results using a
     * sparse matrix updating formula in unconstrained optimization", Math. Comp. 32:839–851):
     * f = Σ_{i=2}^{n} [16αᵢ²(x_{i−1} − xᵢ²)² + (xᵢ − 1)²] with Toint's 50 constants αᵢ;
     * 2 ≤ n ≤ 50, SIF n = 50; x0 = (−1, …, −1); f* = 0 at (1, …, 1).
     */
    static TestProblem chnrosnb(int n) {
        Problem.between(n, 2, 50, "chnrosnb");
        return new Formula("chnrosnb", Problem.filled(n, -1), ZERO,
                sif("CHNROSNB", "Toint 1978"), ScalableCutest::chnrosnb, n - 1, 2,
                (e, idx) -> window(idx, e, 2),
                (e, u) -> u[0].minus(u[1].square()).square().times(16 * ALPHA[e + 1] * ALPHA[e + 1])
                        .plus(u[1].minus(1).square()));
    }

    /**
     * ERRINROS, CHNROSNB with a deliberate error (CUTEst): f = Σ_{i=2}^{n} [(x_{i−1}
     * − 16αᵢ²xᵢ²)² + (xᵢ − 1)²]; 2 ≤ n ≤ 50, SIF n = 50; x0 = (−1, …, −1); f* from the SIF file
     * for n = 10, 25, 50: 6.69463214, 18.4609060, 39.9041540 (empty otherwise).
     */
    static TestProblem errinros(int n) {
        Problem.between(n, 2, 50, "errinros");
        OptionalDouble fStar = n == 10 ? OptionalDouble.of(6.69463214)
                : n == 25 ? OptionalDouble.of(18.4609060)
                : n == 50 ? OptionalDouble.of(39.9041540) : NONE;
        return new Formula("errinros", Problem.filled(n, -1), fStar,
                sif("ERRINROS", "Toint 1978, modified"), ScalableCutest::errinros, n - 1, 2,
                (e, idx) -> window(idx, e, 2),
                (e, u) -> u[0].minus(u[1].square().times(16 * ALPHA[e + 1] * ALPHA[e + 1]))
                        .square().plus(u[1].minus(1).square()));
    }

    /**
     * COSINE (Lukšan, Matonoha &amp; Vlček; SIF N. Gould 1997): f = Σ_{i=1}^{n−1}
     * cos(xᵢ² − x_{i+1}/2); x0 = (1, …, 1); no minimum in the SIF file (f ≥ −(n − 1)), so
     * {@link TestProblem#knownMinimum()} is empty.
     */
    static TestProblem cosine(int n) {
        Problem.atLeast(n, 2, "cosine");
        return new Formula("cosine", Problem.filled(n, 1), NONE, sif("COSINE", "Lukšan et al."),
                ScalableCutest::cosine, n - 1, 2, (e, idx) -> window(idx, e, 2),
                (e, u) -> u[0].square().minus(u[1].times(0.5)).cos());
    }

    /**
     * CURLY10/20/30 (N. Gould, a banded function with semi-bandwidth b = 10, 20, 30 and negative
     * curvature near the start): f = Σ_{i=1}^{n} qᵢ(qᵢ(qᵢ² − 20) − 0.1) with
     * qᵢ = Σ_{j=i}^{min(i+b, n)} xⱼ; x0ᵢ = 10⁻⁴·i/(n + 1); no minimum in the SIF file.
     */
    static TestProblem curly(int b, int n) {
        String name = "curly" + b;
        Problem.atLeast(n, b + 1, name);
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = 1e-4 * (i + 1) / (n + 1);
        }
        return new Formula(name, x0, NONE, sif("CURLY" + b, "N. Gould"), m -> curly(b, m), n,
                b + 1, (e, idx) -> window(idx, e, Math.min(b + 1, n - e)), (e, u) -> {
                    Dual q = Dual.sum(u);
                    return q.times(q.times(q.square().minus(20)).minus(0.1));
                });
    }

    private static final double[][] DIXMAAN_MNOP = {
        {1, 0, 0.125, 0.125}, {1, 0.0625, 0.0625, 0.0625}, {1, 0.125, 0.125, 0.125},
        {1, 0.26, 0.26, 0.26}};

    /**
     * DIXMAANM–DIXMAANP (the extension of Dixon &amp; Maany's family in CUTEst, SIF Ph. Toint
     * 1989): for n = 3m, f = 1 + Σᵢ α(i/n)²xᵢ² + Σ_{i&lt;n} β(i/n)xᵢ²(x_{i+1} + x_{i+1}²)²
     * + Σ_{i≤2m} γ(i/n)xᵢ²x_{i+m}⁴ + Σ_{i≤m} δ(i/n)²xᵢx_{i+2m} with (α, β, γ, δ) = (1, 0,
     * 0.125, 0.125) for M, (1, 0.0625, 0.0625, 0.0625) for N, (1, 0.125, 0.125, 0.125) for O
     * and (1, 0.26, 0.26, 0.26) for P; x0 = (2, …, 2); f* = 1 at x = 0 (the quadratic part is
     * positive definite and the other terms are non-negative).
     */
    static TestProblem dixmaan(char variant, int n) {
        String name = "dixmaan" + Character.toLowerCase(variant);
        Problem.multipleOf(n, 3, name);
        double[] w = DIXMAAN_MNOP[variant - 'M'];
        int m = n / 3;
        return new Formula(name, Problem.filled(n, 2), OptionalDouble.of(1),
                sif("DIXMAAN" + variant, "Dixon & Maany 1988, extended"),
                k -> dixmaan(variant, k), n + (n - 1) + 2 * m + m, 2, (e, idx) -> {
                    if (e < n) {
                        idx[0] = e;
                        return 1;
                    }
                    e -= n;
                    if (e < n - 1) {
                        return window(idx, e, 2);
                    }
                    e -= n - 1;
                    if (e < 2 * m) {
                        return AdElementSum.indices(idx, e, e + m);
                    }
                    e -= 2 * m;
                    return AdElementSum.indices(idx, e, e + 2 * m);
                }, (e, u) -> {
                    if (e < n) {
                        double r = (e + 1.0) / n;
                        return u[0].square().times(w[0] * r * r);
                    }
                    e -= n;
                    if (e < n - 1) {
                        double r = (e + 1.0) / n;
                        return u[0].square().times(u[1].plus(u[1].square()).square())
                                .times(w[1] * r);
                    }
                    e -= n - 1;
                    if (e < 2 * m) {
                        double r = (e + 1.0) / n;
                        return u[0].square().times(u[1].pow(4)).times(w[2] * r);
                    }
                    e -= 2 * m;
                    double r = (e + 1.0) / n;
                    return u[0].times(u[1]).times(w[3] * r * r);
                }, 1);
    }

    /**
     * DIXON3DQ (Dixon's tridiagonal quadratic; SIF Ph. Toint 1992): f = (x₁ − 1)²
     * + Σ_{j=2}^{n−1} (xⱼ − x_{j+1})² + (xₙ − 1)²; x0 = (−1, …, −1); f* = 0 at (1, …, 1).
     */
    static TestProblem dixon3dq(int n) {
        Problem.atLeast(n, 3, "dixon3dq");
        return new Formula("dixon3dq", Problem.filled(n, -1), ZERO, sif("DIXON3DQ", "Dixon"),
                ScalableCutest::dixon3dq, n, 2, (e, idx) -> {
                    if (e == 0) {
                        idx[0] = 0;
                        return 1;
                    }
                    if (e == n - 1) {
                        idx[0] = n - 1;
                        return 1;
                    }
                    return window(idx, e, 2);
                }, (e, u) -> u.length == 1 ? u[0].minus(1).square() : u[0].minus(u[1]).square());
    }

    /**
     * EG2 (Conn, Gould &amp; Toint 1992, LANCELOT, example 2): f = Σ_{i=1}^{n−1} sin(x₁ + xᵢ² − 1)
     * + ½ sin(xₙ²); x0 = 0; SIF n = 1000; no minimum in the SIF file.
     */
    static TestProblem eg2(int n) {
        Problem.atLeast(n, 2, "eg2");
        return new Formula("eg2", new double[n], NONE, sif("EG2", "Conn, Gould & Toint 1992"),
                ScalableCutest::eg2, n, 2, (e, idx) -> {
                    if (e == n - 1) {
                        idx[0] = n - 1;
                        return 1;
                    }
                    return AdElementSum.indices(idx, 0, e);
                }, (e, u) -> e == n - 1 ? u[0].square().sin().times(0.5)
                        : u[0].plus(u[1].square()).minus(1).sin());
    }

    /**
     * FLETCBV2 (Fletcher 1992, a boundary-value problem; SIF N. Gould): with h = 1/(n + 1),
     * f = ½x₁² + ½Σ_{i&lt;n}(xᵢ − x_{i+1})² + ½xₙ² − 2h²Σ_{i&lt;n} xᵢ − (1 + 2h²)xₙ
     * − h²Σᵢ cos xᵢ; x0ᵢ = ih; no minimum in the SIF file.
     */
    static TestProblem fletcbv2(int n) {
        Problem.atLeast(n, 2, "fletcbv2");
        double h = 1.0 / (n + 1);
        double h2 = h * h;
        return new Formula("fletcbv2", Problem.ramp(n, h), NONE, sif("FLETCBV2", "Fletcher 1992"),
                ScalableCutest::fletcbv2, 2 * n + 1, 2, (e, idx) -> {
                    if (e < n - 1) {
                        return window(idx, e, 2);
                    }
                    idx[0] = e < n + 1 ? (e == n - 1 ? 0 : n - 1) : e - (n + 1);
                    return 1;
                }, (e, u) -> {
                    if (e < n - 1) {
                        return u[0].minus(u[1]).square().times(0.5);
                    }
                    if (e == n - 1) {
                        return u[0].square().times(0.5);
                    }
                    if (e == n) {
                        return u[0].square().times(0.5).minus(u[0].times(1 + 2 * h2));
                    }
                    int i = e - (n + 1);
                    Dual c = u[0].cos().times(-h2);
                    return i < n - 1 ? c.minus(u[0].times(2 * h2)) : c;
                });
    }

    /**
     * GENHUMPS (Lukšan, Matonoha &amp; Vlček; SIF Ph. Toint): f = Σ_{i=1}^{n−1} [sin²(ζxᵢ)
     * sin²(ζx_{i+1}) + 0.05(xᵢ² + x_{i+1}²)] with ζ = 20; x0 = (−506, −506.2, …, −506.2);
     * f* = 0 at the origin (SIF), the global minimum; from x0 local methods stop in one of the
     * many humps (f ≈ 236 at n = 1000 in the first measurement).
     */
    static TestProblem genhumps(int n) {
        Problem.atLeast(n, 2, "genhumps");
        double[] x0 = Problem.filled(n, -506.2);
        x0[0] = -506;
        return new Formula("genhumps", x0, ZERO, sif("GENHUMPS", "Ph. Toint"),
                ScalableCutest::genhumps, n - 1, 2, (e, idx) -> window(idx, e, 2),
                (e, u) -> u[0].times(20).sin().times(u[1].times(20).sin()).square()
                        .plus(u[0].square().plus(u[1].square()).times(0.05)));
    }

    /**
     * NONCVXUN and NONCVXU2 (N. Gould, nonconvex problems with many local minima):
     * f = Σᵢ [vᵢ² + 4 cos vᵢ] with vᵢ = xᵢ + x_{p(i)} + x_{q(i)}, (p, q)(i) = ((2i − 1) mod n + 1,
     * (3i − 1) mod n + 1) for NONCVXUN and ((3i − 2) mod n + 1, (7i − 3) mod n + 1) for NONCVXU2;
     * x0ᵢ = i; the SIF file gives a value for n = 5000 only, so f* is empty.
     */
    static TestProblem noncvxun(int n) {
        Problem.atLeast(n, 2, "noncvxun");
        return noncvx("noncvxun", n, 2, 1, 3, 1, ScalableCutest::noncvxun);
    }

    /** NONCVXU2: see {@link #noncvxun}. */
    static TestProblem noncvxu2(int n) {
        Problem.atLeast(n, 2, "noncvxu2");
        return noncvx("noncvxu2", n, 3, 2, 7, 3, ScalableCutest::noncvxu2);
    }

    private static TestProblem noncvx(String name, int n, int a, int b, int c, int d,
            java.util.function.IntFunction<TestProblem> resize) {
        return new Formula(name, Problem.ramp(n, 1), NONE,
                sif(name.toUpperCase(java.util.Locale.ROOT), "N. Gould"), resize, n, 3,
                (e, idx) -> {
                    long i = e + 1;
                    return AdElementSum.indices(idx, e, (int) ((a * i - b) % n),
                            (int) ((c * i - d) % n));
                }, (e, u) -> {
                    Dual v = u[0].plus(u[1]).plus(u[2]);
                    return v.square().plus(v.cos().times(4));
                });
    }

    /**
     * SCHMVETT (Schmidt &amp; Vetters 1970, via Toint's collection; SIF Ph. Toint): f
     * = Σ_{i=1}^{n−2} [−1/(1 + (xᵢ − x_{i+1})²) − sin((πx_{i+1} + x_{i+2})/2)
     * − exp(−((xᵢ + x_{i+2})/x_{i+1} − 2)²)]; x0 = (0.5, …, 0.5); f* = −3(n − 2), the SIF
     * values for n = 3, 10, 100, 500, 1000 (−3, −24, −294, −1494, −2994; empty otherwise).
     */
    static TestProblem schmvett(int n) {
        Problem.atLeast(n, 3, "schmvett");
        boolean listed = n == 3 || n == 10 || n == 100 || n == 500 || n == 1000;
        return new Formula("schmvett", Problem.filled(n, 0.5),
                listed ? OptionalDouble.of(-3.0 * (n - 2)) : NONE,
                sif("SCHMVETT", "Schmidt & Vetters 1970"), ScalableCutest::schmvett, n - 2, 3,
                (e, idx) -> window(idx, e, 3), (e, u) -> {
                    Dual a = u[0].minus(u[1]).square().plus(1).inverse();
                    Dual b = u[1].times(Math.PI).plus(u[2]).times(0.5).sin();
                    Dual c = u[0].plus(u[2]).div(u[1]).minus(2).square().negate().exp();
                    return a.plus(b).plus(c).negate();
                });
    }

    /**
     * SINQUAD (Lukšan, Matonoha &amp; Vlček; SIF N. Gould): f = (x₁ + 1)⁴ + Σ_{i=2}^{n−1}
     * (sin(xᵢ − xₙ) + xᵢ² − x₁²)² + (xₙ² − x₁²)²; x0 = (0.1, …, 0.1); no usable minimum in the
     * SIF file, so f* is empty.
     */
    static TestProblem sinquad(int n) {
        Problem.atLeast(n, 3, "sinquad");
        return new Formula("sinquad", Problem.filled(n, 0.1), NONE, sif("SINQUAD", "Lukšan et al."),
                ScalableCutest::sinquad, n, 3, (e, idx) -> {
                    if (e == 0) {
                        idx[0] = 0;
                        return 1;
                    }
                    if (e == n - 1) {
                        return AdElementSum.indices(idx, 0, n - 1);
                    }
                    return AdElementSum.indices(idx, 0, e, n - 1);
                }, (e, u) -> {
                    if (e == 0) {
                        return u[0].plus(1).pow(4);
                    }
                    if (e == n - 1) {
                        return u[1].square().minus(u[0].square()).square();
                    }
                    return u[1].minus(u[2]).sin().plus(u[1].square()).minus(u[0].square()).square();
                });
    }

    private static int[] sparseIndices(int e, int n) {
        long i = e + 1;
        return new int[] {e, (int) ((2 * i - 1) % n), (int) ((3 * i - 1) % n),
            (int) ((5 * i - 1) % n), (int) ((7 * i - 1) % n), (int) ((11 * i - 1) % n)};
    }

    /**
     * SPARSINE (N. Gould, a sparse problem involving sines): f = ½Σᵢ i(sin xᵢ + Σ_{k∈{2,3,5,7,11}}
     * sin x_{(ki − 1) mod n + 1})²; x0 = (0.5, …, 0.5); f* = 0 at the origin.
     */
    static TestProblem sparsine(int n) {
        Problem.atLeast(n, 10, "sparsine");
        return new Formula("sparsine", Problem.filled(n, 0.5), ZERO, sif("SPARSINE", "N. Gould"),
                ScalableCutest::sparsine, n, 6,
                (e, idx) -> AdElementSum.indices(idx, sparseIndices(e, n)), (e, u) -> {
                    Dual a = u[0].sin();
                    for (int k = 1; k < 6; k++) {
                        a = a.plus(u[k].sin());
                    }
                    return a.square().times(0.5 * (e + 1));
                });
    }

    /**
     * SPARSQUR (N. Gould, a sparse quartic): f = ½Σᵢ i(½xᵢ² + Σ_{k∈{2,3,5,7,11}}
     * ½x²_{(ki − 1) mod n + 1})²; x0 = (0.5, …, 0.5); f* = 0 at the origin.
     */
    static TestProblem sparsqur(int n) {
        Problem.atLeast(n, 10, "sparsqur");
        return new Formula("sparsqur", Problem.filled(n, 0.5), ZERO, sif("SPARSQUR", "N. Gould"),
                ScalableCutest::sparsqur, n, 6,
                (e, idx) -> AdElementSum.indices(idx, sparseIndices(e, n)), (e, u) -> {
                    Dual a = u[0].square();
                    for (int k = 1; k < 6; k++) {
                        a = a.plus(u[k].square());
                    }
                    return a.times(0.5).square().times(0.5 * (e + 1));
                });
    }

    /**
     * TOINTGSS (Toint's Gaussian problem, Toint 1983, "Test problems for partially separable
     * optimization and results for the routine PSPMIN", TR 83/4, Namur): f = Σ_{i=1}^{n−2}
     * (10/(n − 2) + x_{i+2}²)(2 − exp(−(xᵢ − x_{i+1})²/(0.1 + x_{i+2}²))); x0 = (3, …, 3); no
     * minimum in the SIF file.
     */
    static TestProblem tointgss(int n) {
        Problem.atLeast(n, 3, "tointgss");
        double ap = 10.0 / (n - 2);
        return new Formula("tointgss", Problem.filled(n, 3), NONE, sif("TOINTGSS", "Toint 1983"),
                ScalableCutest::tointgss, n - 2, 3, (e, idx) -> window(idx, e, 3), (e, u) -> {
                    Dual t2 = u[2].square();
                    Dual ex = u[0].minus(u[1]).square().div(t2.plus(0.1)).negate().exp();
                    return t2.plus(ap).times(ex.rminus(2));
                });
    }

    /**
     * TQUARTIC (a quartic with a banded Hessian pattern; SIF Ph. Toint): f = (x₁ + 1)²
     * + Σ_{i=2}^{n} (xᵢ² − x₁²)²; x0 = (0.1, …, 0.1); f* = 0 (at x₁ = −1, xᵢ = ±1).
     */
    static TestProblem tquartic(int n) {
        Problem.atLeast(n, 2, "tquartic");
        return new Formula("tquartic", Problem.filled(n, 0.1), ZERO, sif("TQUARTIC", "Ph. Toint"),
                ScalableCutest::tquartic, n, 2, (e, idx) -> {
                    if (e == 0) {
                        idx[0] = 0;
                        return 1;
                    }
                    return AdElementSum.indices(idx, 0, e);
                }, (e, u) -> e == 0 ? u[0].plus(1).square()
                        : u[1].square().minus(u[0].square()).square());
    }

    /**
     * CHNRSNBM, CHNROSNB with αᵢ = sin(i) + 1.5 for any n (SIF N. Gould): f = Σ_{i=2}^{n}
     * [16αᵢ²(x_{i−1} − xᵢ²)² + (xᵢ − 1)²]; SIF n = 50; x0 = (−1, …, −1); f* = 0 at (1, …, 1).
     */
    static TestProblem chnrsnbm(int n) {
        Problem.atLeast(n, 2, "chnrsnbm");
        return new Formula("chnrsnbm", Problem.filled(n, -1), ZERO,
                sif("CHNRSNBM", "Toint 1978, modified"), ScalableCutest::chnrsnbm, n - 1, 2,
                (e, idx) -> window(idx, e, 2), (e, u) -> {
                    double alpha = Math.sin(e + 2.0) + 1.5;
                    return u[0].minus(u[1].square()).square().times(16 * alpha * alpha)
                            .plus(u[1].minus(1).square());
                });
    }

    /**
     * MODBEALE (a chained Beale problem with linking terms, Ph. Toint; SIF): n = 2m,
     * f = Σ_{i=1}^{m} Σ_{k=1}^{3} (c_k − x_{2i−1}(1 − x_{2i}^k))² + Σ_{i=1}^{m−1}
     * ((6x_{2i} − x_{2i+1})/50)² with c = (1.5, 2.25, 2.625); x0 = (1, …, 1); f* = 0 at
     * (3, 0.5, 3, 0.5, …).
     */
    static TestProblem modbeale(int n) {
        Problem.multipleOf(n, 2, "modbeale");
        int m = n / 2;
        double[] c = {1.5, 2.25, 2.625};
        return new Formula("modbeale", Problem.filled(n, 1), ZERO, sif("MODBEALE", "Ph. Toint"),
                ScalableCutest::modbeale, 4 * m - 1, 2, (e, idx) -> e < 3 * m
                        ? window(idx, 2 * (e / 3), 2) : window(idx, 2 * (e - 3 * m) + 1, 2),
                (e, u) -> e < 3 * m
                        ? u[1].pow(e % 3 + 1).rminus(1).times(u[0]).rminus(c[e % 3]).square()
                        : u[0].times(6).minus(u[1]).times(1.0 / 50).square());
    }

    /**
     * MSQRTALS and MSQRTBLS (the matrix square root problem, Nocedal's; SIF N. Gould): for a
     * p×p matrix X (n = p², row-major), f = ‖X² − A‖²_F with A = B², Bₖ = sin(k²) (k = 1…p²,
     * row-major) and, for MSQRTBLS, B₃₁ = 0; x0 = B − 0.8·sin(k²); p = 10 (n = 100);
     * f* = 0 (at X = B).
     */
    static TestProblem msqrt(char variant, int p) {
        String name = "msqrt" + Character.toLowerCase(variant) + "ls";
        Problem.atLeast(p, 3, name);
        int n = p * p;
        double[] b = new double[n];
        double[] x0 = new double[n];
        for (int k = 0; k < n; k++) {
            b[k] = Math.sin((k + 1.0) * (k + 1.0));
        }
        if (variant == 'B') {
            b[2 * p] = 0;
        }
        for (int k = 0; k < n; k++) {
            x0[k] = b[k] - 0.8 * Math.sin((k + 1.0) * (k + 1.0));
        }
        double[] a = new double[n];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int k = 0; k < p; k++) {
                    s += b[i * p + k] * b[k * p + j];
                }
                a[i * p + j] = s;
            }
        }
        // element (i, j): variables X[i][0..p) then X[0..p)[j]
        return new Formula(name, x0, ZERO, sif(name.toUpperCase(java.util.Locale.ROOT),
                "Nocedal's matrix square root"), q -> {
                    int r = (int) Math.round(Math.sqrt(Math.max(q, 0)));
                    if (r * r != q) {
                        throw new IllegalArgumentException("n: " + name + " needs n = p², was " + q);
                    }
                    return msqrt(variant, r);
                }, n, 2 * p, (e, idx) -> {
                    int i = e / p;
                    int j = e % p;
                    for (int k = 0; k < p; k++) {
                        idx[k] = i * p + k;
                        idx[p + k] = k * p + j;
                    }
                    return 2 * p;
                }, (e, u) -> {
                    Dual s = u[0].times(u[p]);
                    for (int k = 1; k < p; k++) {
                        s = s.plus(u[k].times(u[p + k]));
                    }
                    return s.minus(a[e]).square();
                });
    }

    /**
     * QING (Qing's function, SciPy global-optimization benchmarks; SIF N. Gould): f = Σᵢ
     * (xᵢ² − i)²; x0 = (1, …, 1); f* = 0 at xᵢ = ±√i.
     */
    static TestProblem qing(int n) {
        Problem.atLeast(n, 1, "qing");
        return new Formula("qing", Problem.filled(n, 1), ZERO,
                sif("QING", "SciPy go_benchmark_functions"), ScalableCutest::qing, n, 1,
                (e, idx) -> {
                    idx[0] = e;
                    return 1;
                }, (e, u) -> u[0].square().minus(e + 1).square());
    }

    /**
     * NCB20B (Ph. Toint, private communication 1993; SIF Ph. Toint): f = Σ_{i=1}^{n−19}
     * [(10/i)(Σ_{j=0}^{19} x_{i+j}/(1 + x_{i+j}²))² − 0.2Σ_{j=0}^{19} x_{i+j}] + Σᵢ (100xᵢ⁴ + 2);
     * x0 = 0; no minimum in the SIF file for this n.
     */
    static TestProblem ncb20b(int n) {
        Problem.atLeast(n, 20, "ncb20b");
        return new Formula("ncb20b", new double[n], NONE, sif("NCB20B", "Ph. Toint 1993"),
                ScalableCutest::ncb20b, (n - 19) + n, 20, (e, idx) -> {
                    if (e < n - 19) {
                        return window(idx, e, 20);
                    }
                    idx[0] = e - (n - 19);
                    return 1;
                }, (e, u) -> {
                    if (e >= n - 19) {
                        return u[0].pow(4).times(100).plus(2);
                    }
                    Dual s = null;
                    Dual lin = null;
                    for (Dual v : u) {
                        Dual t = v.div(v.square().plus(1));
                        s = s == null ? t : s.plus(t);
                        lin = lin == null ? v : lin.plus(v);
                    }
                    return s.square().times(10.0 / (e + 1)).minus(lin.times(0.2));
                });
    }
}
