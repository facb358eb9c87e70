package dev.curvature.problems;

import dev.curvature.api.Bounds;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The bound-constrained test set {@link TestProblems#bounded()}: the Hock–Schittkowski problems
 * whose only constraints are bounds (W. Hock &amp; K. Schittkowski 1981, "Test Examples for
 * Nonlinear Programming Codes", Lecture Notes in Economics and Mathematical Systems 187,
 * Springer) and bound-constrained problems of the CUTEst collection (Gould, Orban &amp; Toint;
 * SIF files in https://bitbucket.org/optrove/sif). Formulas, start points, bounds and the SIF
 * "SOLTN" values were transcribed from the SIF files as ported to Python by sif2jax
 * (github.com/johannahaffner/sif2jax, module {@code cutest/_bounded_minimisation}); every f*
 * was checked here by a high-accuracy bounded solve (SciPy L-BFGS-B from 40 starts, polished), and
 * the Javadoc of a factory says where the check disagreed with a printed value. Each factory's
 * Javadoc gives f, x0, the box, f* and x* where known; docs/bounded-set.md lists the set.
 */
final class BoundedSet {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final OptionalDouble ZERO = OptionalDouble.of(0);
    private static final OptionalDouble NONE = OptionalDouble.empty();
    private static final int SCALABLE_N = 100;

    private BoundedSet() {
    }

    static List<TestProblem> problems() {
        List<TestProblem> list = new ArrayList<>(List.of(hs1(), hs2(), hs3(), hs3mod(), hs4(),
                hs5(), hs25(), hs38(), hs45(), hs110()));
        list.add(palmer("palmer1", LeastSquaresCutest.PALMER1C_X, LeastSquaresCutest.PALMER1C_Y, 31,
                OptionalDouble.of(11754.6025)));
        list.add(palmer("palmer2", LeastSquaresCutest.PALMER2C_X, LeastSquaresCutest.PALMER2C_Y, 23,
                OptionalDouble.of(3651.097532)));
        list.add(palmer("palmer3", LeastSquaresCutest.PALMER3C_X, LeastSquaresCutest.PALMER3C_Y, 23,
                OptionalDouble.of(2265.95822)));
        list.add(palmerB("palmer1b", LeastSquaresCutest.PALMER1C_X, LeastSquaresCutest.PALMER1C_Y,
                OptionalDouble.of(3.44735462)));
        list.add(palmerB("palmer3b", LeastSquaresCutest.PALMER3C_X, LeastSquaresCutest.PALMER3C_Y,
                OptionalDouble.of(4.227647)));
        list.addAll(List.of(hatfldb(), hatfldc(), bdexp(SCALABLE_N), nonscomp(SCALABLE_N),
                hart6(), koebhelb(), branin(), logros(), qingb(5), trigon1b(10), price4b(),
                box2(), biggs3(), biggs5(), levymont5(), levymont7(), levymont(SCALABLE_N),
                devgla1b(), camel6(), eggcrateb()));
        return List.copyOf(list);
    }

    private static String hs(int k) {
        return "Hock & Schittkowski (1981), problem " + k + "; CUTEst HS" + k;
    }

    private static String sif(String name, String origin) {
        return "CUTEst " + name + " (" + origin + ")";
    }

    private static Bounds box(double[] lower, double[] upper) {
        return Bounds.of(lower, upper);
    }

    /** A fixed-size problem whose name, start and objective are those of {@code f}. */
    private static TestProblem fixed(Formula f, Bounds bounds, OptionalDouble fStar,
            double[] xStar) {
        return new BoundedProblem(f.name(), f, f.start(), bounds, fStar, xStar, f.source());
    }

    private static Dual rosenbrock(Dual x1, Dual x2) {
        return x2.minus(x1.square()).square().times(100).plus(x1.rminus(1).square());
    }

    /**
     * HS1: Rosenbrock's function f = 100(x₂ − x₁²)² + (1 − x₁)² with x₂ ≥ −1.5; x0 = (−2, 1);
     * f* = 0 at x* = (1, 1) (the bound is inactive). The objective is MGH problem 1's.
     */
    static TestProblem hs1() {
        return new BoundedProblem("hs1", new Rosenbrock("rosenbrock", 2, hs(1)),
                new double[] {-2, 1}, box(new double[] {-INF, -1.5}, new double[] {INF, INF}),
                ZERO, new double[] {1, 1}, hs(1));
    }

    /**
     * HS2: Rosenbrock's function with x₂ ≥ 1.5; x0 = (−2, 1); f* = 0.0504261879 (Hock &amp;
     * Schittkowski) at x* = (2a·cos(arccos(1/(400a³))/3), 1.5), a = (598/1200)^½, on the bound.
     * From x0 a descent method usually reaches the other local minimum, x ≈ (−1.2210, 1.5) with
     * f ≈ 4.9412, which does not count as solving the problem.
     */
    static TestProblem hs2() {
        double a = Math.sqrt(598.0 / 1200.0);
        double x1 = 2 * a * Math.cos(Math.acos(1 / (400 * a * a * a)) / 3);
        return new BoundedProblem("hs2", new Rosenbrock("rosenbrock", 2, hs(2)),
                new double[] {-2, 1}, box(new double[] {-INF, 1.5}, new double[] {INF, INF}),
                OptionalDouble.of(0.0504261879), new double[] {x1, 1.5}, hs(2));
    }

    /**
     * HS3: f = x₂ + 10⁻⁵(x₂ − x₁)² with x₂ ≥ 0; x0 = (10, 1); f* = 0 at x* = (0, 0), x₂ on its
     * bound.
     */
    static TestProblem hs3() {
        return fixed(Formula.whole("hs3", new double[] {10, 1}, NONE, hs(3),
                u -> u[1].plus(u[1].minus(u[0]).square().times(1e-5))),
                box(new double[] {-INF, 0}, new double[] {INF, INF}), ZERO, new double[] {0, 0});
    }

    /**
     * HS3MOD (CUTEst's modification of HS3): f = x₂ + (x₂ − x₁)² with x₂ ≥ 0; x0 = (10, 1);
     * f* = 0 at x* = (0, 0).
     */
    static TestProblem hs3mod() {
        return fixed(Formula.whole("hs3mod", new double[] {10, 1}, NONE,
                sif("HS3MOD", "Hock & Schittkowski (1981) problem 3, modified"),
                u -> u[1].plus(u[1].minus(u[0]).square())),
                box(new double[] {-INF, 0}, new double[] {INF, INF}), ZERO, new double[] {0, 0});
    }

    /**
     * HS4: f = (x₁ + 1)³/3 + x₂ with x₁ ≥ 1, x₂ ≥ 0; x0 = (1.125, 0.125); f* = 8/3 at
     * x* = (1, 0), both bounds active.
     */
    static TestProblem hs4() {
        return fixed(Formula.whole("hs4", new double[] {1.125, 0.125}, NONE, hs(4),
                u -> u[0].plus(1).cube().times(1.0 / 3).plus(u[1])),
                box(new double[] {1, 0}, new double[] {INF, INF}), OptionalDouble.of(8.0 / 3),
                new double[] {1, 0});
    }

    /**
     * HS5 (McCormick's function): f = sin(x₁ + x₂) + (x₁ − x₂)² − 1.5x₁ + 2.5x₂ + 1 on
     * [−1.5, 4] × [−3, 3]; x0 = (0, 0); f* = −√3/2 − π/3 ≈ −1.9132229549 at
     * x* = (1/2 − π/3, −1/2 − π/3), interior (Hock &amp; Schittkowski; sif2jax prints −2√3 − π/2,
     * a slip: the bounded solve gives −1.91322295).
     */
    static TestProblem hs5() {
        double third = Math.PI / 3;
        return fixed(Formula.whole("hs5", new double[] {0, 0}, NONE, hs(5),
                u -> u[0].plus(u[1]).sin().plus(u[0].minus(u[1]).square())
                        .plus(u[0].times(-1.5)).plus(u[1].times(2.5)).plus(1)),
                box(new double[] {-1.5, -3}, new double[] {4, 3}),
                OptionalDouble.of(-Math.sqrt(3) / 2 - third),
                new double[] {0.5 - third, -0.5 - third});
    }

    /**
     * HS25 (Holzmann's function): f = Σᵢ₌₁⁹⁹ (−0.01i + exp(−(uᵢ − x₂)^{x₃}/x₁))²,
     * uᵢ = 25 + (−50 ln(0.01i))^{2/3}, on [0.1, 100] × [0, 25.6] × [0, 5]; x0 = (100, 12.5, 3);
     * f* = 0 at x* = (50, 25, 1.5).
     */
    static TestProblem hs25() {
        return fixed(Formula.terms("hs25", new double[] {100, 12.5, 3}, NONE, hs(25), 99,
                (e, x) -> {
                    double i = e + 1;
                    double u = 25 + Math.pow(-50 * Math.log(0.01 * i), 2.0 / 3);
                    return x[1].rminus(u).pow(x[2]).div(x[0]).negate().exp().minus(0.01 * i)
                            .square();
                }),
                box(new double[] {0.1, 0, 0}, new double[] {100, 25.6, 5}), ZERO,
                new double[] {50, 25, 1.5});
    }

    /**
     * HS38: Colville's function, which is MGH problem 14 (Wood), on [−10, 10]⁴;
     * x0 = (−3, −1, −3, −1); f* = 0 at x* = (1, 1, 1, 1).
     */
    static TestProblem hs38() {
        return new BoundedProblem("hs38", new Wood("wood", 4, hs(38)),
                new double[] {-3, -1, -3, -1}, box(Problem.filled(4, -10), Problem.filled(4, 10)),
                ZERO, Problem.filled(4, 1), hs(38));
    }

    /**
     * HS45: f = 2 − x₁x₂x₃x₄x₅/120 with 0 ≤ xᵢ ≤ i; x0 = (2, …, 2), infeasible in the book
     * (x₁ ≤ 1), so a method starts from P(x0); f* = 1 at x* = (1, 2, 3, 4, 5), every upper bound
     * active.
     */
    static TestProblem hs45() {
        return fixed(Formula.whole("hs45", Problem.filled(5, 2), NONE, hs(45),
                u -> u[0].times(u[1]).times(u[2]).times(u[3]).times(u[4]).times(-1.0 / 120)
                        .plus(2)),
                box(new double[5], Problem.ramp(5, 1)), OptionalDouble.of(1),
                Problem.ramp(5, 1));
    }

    /**
     * HS110 (Paviani's function): f = Σᵢ₌₁¹⁰ [ln²(xᵢ − 2) + ln²(10 − xᵢ)] − (Πxᵢ)^{0.2} on
     * [2.001, 9.999]¹⁰; x0 = (9, …, 9); f* = −45.77846971 (Hock &amp; Schittkowski), interior. The
     * book's xᵢ* = 9.35025655 leaves a gradient of 6·10⁻⁵; x* here is the root of the symmetric
     * stationarity equation, xᵢ* = 9.350265833069386 (computed with Brent's method; f there is
     * −45.7784697074, the book's value to its digits).
     */
    static TestProblem hs110() {
        return fixed(Formula.whole("hs110", Problem.filled(10, 9), NONE, hs(110), u -> {
            Dual s = u[0].constant(0);
            Dual p = u[0].constant(1);
            for (Dual x : u) {
                s = s.plus(x.minus(2).log().square()).plus(x.rminus(10).log().square());
                p = p.times(x);
            }
            return s.minus(p.pow(0.2));
        }), box(Problem.filled(10, 2.001), Problem.filled(10, 9.999)),
                OptionalDouble.of(-45.77846971), Problem.filled(10, 9.350265833069386));
    }

    /**
     * PALMER1, PALMER2, PALMER3 (M. Palmer, Edinburgh, private communication; SIF N. Gould
     * 1990): fits of quantum-chemistry energy curves, f = Σᵢ (A·Xᵢ² + B/(C + Xᵢ²/D) − Yᵢ)² in
     * (A, B, C, D) with B, C, D ≥ 10⁻⁵ over the first m data points (x, y); x0 = (1, 1, 1, 1).
     * The data are those of PALMER1C (its first 31 points), PALMER2C and PALMER3C. f* is the SIF value: 11754.6025, 3651.097532,
     * 2265.95822 (the bounded solve agrees to the printed digits); the minimizer is not unique
     * (only BD and CD are determined), so no x* is given. PALMER4's printed 2103.9059 could not be
     * reproduced (2285.3832 was the lowest found), so PALMER4 is left out.
     */
    static TestProblem palmer(String name, double[] x, double[] y, int m, OptionalDouble fStar) {
        Formula f = Formula.terms(name, Problem.filled(4, 1), NONE,
                sif(name.toUpperCase(java.util.Locale.ROOT),
                        "M. Palmer, Edinburgh, private communication"), m, (e, v) -> {
                    double t = x[e] * x[e];
                    return v[0].times(t).plus(v[1].div(v[2].plus(v[3].rdiv(t))))
                            .minus(y[e]).square();
                });
        return fixed(f, box(new double[] {-INF, 1e-5, 1e-5, 1e-5}, Problem.filled(4, INF)),
                fStar, null);
    }

    /**
     * PALMER1B and PALMER3B (as {@link #palmer}): f = Σᵢ (A₂Xᵢ² + A₄Xᵢ⁴ + B/(C + Xᵢ²) − Yᵢ)² in
     * (A₂, A₄, B, C) with B, C ≥ 10⁻⁵ on the data of PALMER1C (35 points) and PALMER3C;
     * x0 = (1, 1, 1, 1). PALMER3B: f* = 4.227647 (SIF; the bounded solve gives 4.22764725).
     * PALMER1B: the SIF value 3.44734948 is 5.1·10⁻⁶ below the minimum of the data found by the
     * bounded solve, 3.447354619 at x ≈ (−54.3732, 22.9392, 69.1192, 0.781589) (interior), more
     * than the solved tolerance, so f* is the computed 3.44735462.
     */
    static TestProblem palmerB(String name, double[] x, double[] y, OptionalDouble fStar) {
        Formula f = Formula.terms(name, Problem.filled(4, 1), NONE,
                sif(name.toUpperCase(java.util.Locale.ROOT),
                        "M. Palmer, Edinburgh, private communication"), x.length, (e, v) -> {
                    double t = x[e] * x[e];
                    return v[0].times(t).plus(v[1].times(t * t)).plus(v[2].div(v[3].plus(t)))
                            .minus(y[e]).square();
                });
        return fixed(f, box(new double[] {-INF, -INF, 1e-5, 1e-5}, Problem.filled(4, INF)),
                fStar, null);
    }

    /**
     * HATFLDB (OPTIMA user manual, issue 8, p. 12, Hatfield Polytechnic 1989; SIF Ph. Toint
     * 1990): f = (x₁ − 1)² + Σᵢ₌₂⁴ (xᵢ₋₁ − √xᵢ)² with xᵢ ≥ 10⁻⁷ and x₂ ≤ 0.8; x0 = (0.1, …);
     * f* = 5.57281·10⁻³ (SIF). The minimizer, derived here, is x* = ((1 + √0.8)/2, 0.8, 0.64,
     * 0.4096), x₂ on its upper bound, with f* = (1 − √0.8)²/2 = 5.572809·10⁻³.
     */
    static TestProblem hatfldb() {
        Formula f = new Formula("hatfldb", Problem.filled(4, 0.1), NONE,
                sif("HATFLDB", "OPTIMA user manual, Hatfield Polytechnic 1989"), null, 4, 2,
                (e, idx) -> e == 0 ? AdElementSum.indices(idx, 0)
                        : AdElementSum.window(idx, e - 1, 2),
                (e, u) -> e == 0 ? u[0].minus(1).square() : u[0].minus(u[1].sqrt()).square());
        double s = Math.sqrt(0.8);
        return fixed(f, box(Problem.filled(4, 1e-7), new double[] {INF, 0.8, INF, INF}),
                OptionalDouble.of(5.57281e-3), new double[] {(1 + s) / 2, 0.8, 0.64, 0.4096});
    }

    /**
     * HATFLDC (OPTIMA user manual, issue 8, p. 26; SIF Ph. Toint 1990): n = 25,
     * f = (x₁ − 1)² + Σᵢ₌₂ⁿ⁻¹ (xᵢ₊₁ − xᵢ²)² + (xₙ − 1)² with 0 ≤ xᵢ ≤ 10 for i &lt; n, xₙ free;
     * x0 = (0.9, …); f* = 0 at x* = (1, …, 1).
     */
    static TestProblem hatfldc() {
        int n = 25;
        Formula f = new Formula("hatfldc", Problem.filled(n, 0.9), NONE,
                sif("HATFLDC", "OPTIMA user manual, Hatfield Polytechnic 1989"), null, n, 2,
                (e, idx) -> e == 0 ? AdElementSum.indices(idx, 0)
                        : e == n - 1 ? AdElementSum.indices(idx, n - 1)
                        : AdElementSum.window(idx, e, 2),
                (e, u) -> e == 0 || e == n - 1 ? u[0].minus(1).square()
                        : u[1].minus(u[0].square()).square());
        double[] lower = new double[n];
        double[] upper = Problem.filled(n, 10);
        lower[n - 1] = -INF;
        upper[n - 1] = INF;
        return fixed(f, box(lower, upper), ZERO, Problem.filled(n, 1));
    }

    /**
     * BDEXP (Conn, Gould, Lescrenier &amp; Toint 1988, "Performance of a multifrontal scheme for
     * partially separable optimization", Report 88/4, FUNDP Namur, problem 56; SIF Ph. Toint
     * 1989): f = Σᵢ₌₁ⁿ⁻² (xᵢ + xᵢ₊₁)·exp(−(xᵢ + xᵢ₊₁)xᵢ₊₂) with x ≥ 0; x0 = (1, …, 1);
     * f* = 0 (SIF) at x* = 0, every bound active. Scalable, n ≥ 3 (SIF 5000; here 100).
     */
    static TestProblem bdexp(int n) {
        Problem.atLeast(n, 3, "bdexp");
        Formula f = new Formula("bdexp", Problem.filled(n, 1), NONE,
                sif("BDEXP", "Conn, Gould, Lescrenier & Toint 1988, problem 56"), null, n - 2, 3,
                (e, idx) -> AdElementSum.window(idx, e, 3), (e, u) -> {
                    Dual s = u[0].plus(u[1]);
                    return s.times(s.times(u[2]).negate().exp());
                });
        return new BoundedProblem("bdexp", f, f.start(), Bounds.nonNegative(n), ZERO,
                new double[n], f.source(), Dimensions.atLeast(3), BoundedSet::bdexp);
    }

    /**
     * NONSCOMP (M. Lescrenier 1989, PhD thesis, FUNDP Namur; SIF Ph. Toint 1990): the
     * nonseparable extended Rosenbrock function f = (x₁ − 1)² + Σᵢ₌₂ⁿ 4(xᵢ − xᵢ₋₁²)² (group
     * scale 0.25 in the SIF file, i.e. weight 4) on [−100, 100]ⁿ with xᵢ ≥ 1 for odd i; x0 =
     * (3, …, 3); f* = 0 at x* = (1, …, 1), where strict complementarity fails for the odd
     * variables. Scalable, n ≥ 2 (SIF 5000; here 100).
     */
    static TestProblem nonscomp(int n) {
        Problem.atLeast(n, 2, "nonscomp");
        Formula f = new Formula("nonscomp", Problem.filled(n, 3), NONE,
                sif("NONSCOMP", "M. Lescrenier, PhD thesis, FUNDP Namur 1989"), null, n, 2,
                (e, idx) -> e == 0 ? AdElementSum.indices(idx, 0)
                        : AdElementSum.window(idx, e - 1, 2),
                (e, u) -> e == 0 ? u[0].minus(1).square()
                        : u[1].minus(u[0].square()).square().times(4));
        double[] lower = Problem.filled(n, -100);
        for (int i = 0; i < n; i += 2) {
            lower[i] = 1;
        }
        return new BoundedProblem("nonscomp", f, f.start(), box(lower, Problem.filled(n, 100)),
                ZERO, Problem.filled(n, 1), f.source(), Dimensions.atLeast(2),
                BoundedSet::nonscomp);
    }

    private static final double[] HART6_C = {1.0, 1.2, 3.0, 3.2};
    private static final double[][] HART6_A = {
        {10.0, 0.05, 17.0, 3.5, 1.7, 8.0},
        {0.05, 10.0, 17.0, 0.1, 8.0, 14.0},
        {3.0, 3.5, 1.7, 10.0, 17.0, 8.0},
        {17.0, 8.0, 0.05, 10.0, 0.1, 14.0}};
    private static final double[][] HART6_P = {
        {0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886},
        {0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991},
        {0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650},
        {0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381}};

    /**
     * HART6 (Hartmann's 6-dimensional function; L. C. W. Dixon &amp; G. P. Szegö (eds.),
     * "Towards Global Optimization 2", North-Holland 1978): f = −Σᵢ₌₁⁴ cᵢ exp(−Σⱼ aᵢⱼ(xⱼ −
     * pᵢⱼ)²) on [0, 1]⁶; x0 = (0.2, …, 0.2); f* = −3.32288689158 (SIF), interior. The SIF
     * file's x* is printed to 6 digits only, so none is given.
     */
    static TestProblem hart6() {
        Formula f = Formula.terms("hart6", Problem.filled(6, 0.2), NONE,
                sif("HART6", "Dixon & Szegö 1978"), 4, (e, u) -> {
                    Dual s = u[0].minus(HART6_P[e][0]).square().times(HART6_A[e][0]);
                    for (int j = 1; j < 6; j++) {
                        s = s.plus(u[j].minus(HART6_P[e][j]).square().times(HART6_A[e][j]));
                    }
                    return s.negate().exp().times(-HART6_C[e]);
                });
        return fixed(f, box(new double[6], Problem.filled(6, 1)),
                OptionalDouble.of(-3.32288689158), null);
    }

    /**
     * KOEBHELB (J. P. Hubert &amp; Ph. L. Toint 2005, the Koebl–Helbling conjecture on
     * energy/time budgets, raw data KHb4; SIF Ph. Toint 2005): f = Σᵢ₌₁¹⁵⁶ (N·exp(−A/xᵢ −
     * xᵢ/B) − yᵢ)² in (N, A, B) with N ≥ 0, B ≥ 0.001; x0 = (10, 0.01, 0.01); f* = 77.516347286
     * (SIF; the bounded solve gives 77.51634734 at x ≈ (1.50993, 0.064809, 0.934281)).
     */
    static TestProblem koebhelb() {
        Formula f = Formula.terms("koebhelb", new double[] {10, 0.01, 0.01}, NONE,
                sif("KOEBHELB", "Hubert & Toint 2005"), KOEBHELB_X.length, (e, u) -> {
                    double x = KOEBHELB_X[e];
                    return u[0].times(u[1].times(-1 / x).minus(u[2].rdiv(x)).exp())
                            .minus(KOEBHELB_Y[e]).square();
                });
        return fixed(f, box(new double[] {0, -INF, 0.001}, Problem.filled(3, INF)),
                OptionalDouble.of(77.516347286), null);
    }

    /**
     * BRANIN (Branin &amp; Ho; Dixon &amp; Szegö 1978): f = (x₂ − bx₁² + cx₁ − 6)² + 10(1 −
     * t)cos x₁ + 10, b = 5.1/(4π²), c = 5/π, t = 1/(8π), on [−5, 10] × [0, 15]; x0 = (5, 10);
     * f* = 0.397887 (SIF; 0.3978873577 to more digits) at x* = (−π, 12.275), one of its three
     * global minimizers.
     */
    static TestProblem branin() {
        double b = 5.1 / (4 * Math.PI * Math.PI);
        double c = 5 / Math.PI;
        double t = 1 / (8 * Math.PI);
        Formula f = Formula.whole("branin", new double[] {5, 10}, NONE,
                sif("BRANIN", "Dixon & Szegö 1978"),
                u -> u[1].minus(u[0].square().times(b)).plus(u[0].times(c)).minus(6).square()
                        .plus(u[0].cos().times(10 * (1 - t))).plus(10));
        return fixed(f, box(new double[] {-5, 0}, new double[] {10, 15}),
                OptionalDouble.of(0.397887), new double[] {-Math.PI, 12.275});
    }

    /**
     * LOGROS (a logarithmic Rosenbrock function; SIF Ph. Toint): f = ln(1 + 10⁴(x₂ − x₁²)² +
     * (1 − x₁)²) with x ≥ 0; x0 = (−1.2, 1) (outside the box: a method starts from its
     * projection); f* = 0 at x* = (1, 1).
     */
    static TestProblem logros() {
        Formula f = Formula.whole("logros", new double[] {-1.2, 1}, NONE,
                sif("LOGROS", "Ph. Toint"),
                u -> u[1].minus(u[0].square()).square().times(1e4).plus(u[0].rminus(1).square())
                        .plus(1).log());
        return fixed(f, Bounds.nonNegative(2), ZERO, new double[] {1, 1});
    }

    /**
     * QINGB (Qing's function, SciPy's global optimization benchmarks; SIF N. Gould 2021):
     * f = Σᵢ (xᵢ² − i)² on [−500, 500]ⁿ; x0 = (1, …, 1); f* = 0 at xᵢ* = √i. Scalable, n ≥ 1
     * (SIF 5).
     */
    static TestProblem qingb(int n) {
        Problem.atLeast(n, 1, "qingb");
        Formula f = new Formula("qingb", Problem.filled(n, 1), NONE,
                sif("QINGB", "SciPy global optimization benchmarks"), null, n, 1,
                (e, idx) -> AdElementSum.indices(idx, e),
                (e, u) -> u[0].square().minus(e + 1).square());
        double[] xStar = new double[n];
        for (int i = 0; i < n; i++) {
            xStar[i] = Math.sqrt(i + 1);
        }
        return new BoundedProblem("qingb", f, f.start(),
                box(Problem.filled(n, -500), Problem.filled(n, 500)), ZERO, xStar, f.source(),
                Dimensions.atLeast(1), BoundedSet::qingb);
    }

    /**
     * TRIGON1B (the trigonometric function, MGH problem 26 shifted, with bounds; SIF N. Gould
     * 2021 after SciPy's global optimization benchmarks): residuals Fᵢ = Σⱼ cos xⱼ +
     * i(cos xᵢ + sin xᵢ) − (n + i), f = ΣFᵢ², on [0, π]ⁿ; x0 = (0.1, …); f* = 0 at x* = 0, every
     * lower bound active. Scalable, n ≥ 1 (SIF 10).
     */
    static TestProblem trigon1b(int n) {
        Problem.atLeast(n, 1, "trigon1b");
        Formula f = new Formula("trigon1b", Problem.filled(n, 0.1), NONE,
                sif("TRIGON1B", "SciPy global optimization benchmarks"), null, n, n,
                (e, idx) -> ElementSum.allVariables(idx, n), (e, u) -> {
                    Dual r = u[e].cos().plus(u[e].sin()).times(e + 1).minus(n + e + 1);
                    for (Dual x : u) {
                        r = r.plus(x.cos());
                    }
                    return r.square();
                });
        return new BoundedProblem("trigon1b", f, f.start(),
                box(new double[n], Problem.filled(n, Math.PI)), ZERO, new double[n], f.source(),
                Dimensions.atLeast(1), BoundedSet::trigon1b);
    }

    /**
     * PRICE4B (Price's function 4, SciPy's global optimization benchmarks; SIF N. Gould 2021):
     * f = (2x₁³x₂ − x₂³)² + (6x₁ − x₂² + x₂)² on [−50, 50]²; x0 = (1, 5); f* = 0 at x* = (0, 0).
     */
    static TestProblem price4b() {
        Formula f = Formula.whole("price4b", new double[] {1, 5}, NONE,
                sif("PRICE4B", "SciPy global optimization benchmarks"),
                u -> u[0].cube().times(u[1]).times(2).minus(u[1].cube()).square()
                        .plus(u[0].times(6).minus(u[1].square()).plus(u[1]).square()));
        return fixed(f, box(Problem.filled(2, -50), Problem.filled(2, 50)), ZERO,
                new double[] {0, 0});
    }

    /**
     * BOX2 (A. R. Buckley 1989, "Test functions for unconstrained minimization", TR 1989CS-3,
     * Dalhousie University, problem 11): MGH problem 12 (Box 3D) with x₃ fixed at 1 by the bounds
     * 1 ≤ x₃ ≤ 1; x0 = (0, 10, 1); f* = 0 at x* = (1, 10, 1).
     */
    static TestProblem box2() {
        String source = sif("BOX2", "Buckley 1989, problem 11");
        return new BoundedProblem("box2", new Box3d(), new double[] {0, 10, 1},
                box(new double[] {-INF, -INF, 1}, new double[] {INF, INF, 1}), ZERO,
                new double[] {1, 10, 1}, source);
    }

    /**
     * BIGGS3 (Buckley 1989, problem 152): MGH problem 18 (Biggs EXP6) with x₃ = 1, x₅ = 4,
     * x₆ = 3 fixed by the bounds; x0 = (1, 2, 1, 1, 4, 3); f* = 0 at x* = (1, 10, 1, 5, 4, 3).
     */
    static TestProblem biggs3() {
        return biggs("biggs3", sif("BIGGS3", "Buckley 1989, problem 152"),
                new double[] {-INF, -INF, 1, -INF, 4, 3}, new double[] {INF, INF, 1, INF, 4, 3});
    }

    /**
     * BIGGS5 (Buckley 1989, problem 74): MGH problem 18 (Biggs EXP6) with x₆ = 3 fixed by the
     * bounds; x0 = (1, 2, 1, 1, 4, 3); f* = 0 at x* = (1, 10, 1, 5, 4, 3).
     */
    static TestProblem biggs5() {
        double[] lower = Problem.filled(6, -INF);
        double[] upper = Problem.filled(6, INF);
        lower[5] = 3;
        upper[5] = 3;
        return biggs("biggs5", sif("BIGGS5", "Buckley 1989, problem 74"), lower, upper);
    }

    private static TestProblem biggs(String name, String source, double[] lower, double[] upper) {
        return new BoundedProblem(name, new BiggsExp6(), new double[] {1, 2, 1, 1, 4, 3},
                box(lower, upper), ZERO, new double[] {1, 10, 1, 5, 4, 3}, source);
    }

    /**
     * LEVYMONT5, LEVYMONT7 and the scalable LEVYMONT (A. V. Levy &amp; A. Montalvo 1985, "The
     * tunneling algorithm for the global minimization of functions", SIAM J. Sci. Stat. Comp.
     * 6:15–29, problems 5 and 7; SIF N. Gould 2021): with yᵢ = Lxᵢ + C,
     * f = (π/n)[Σᵢ (yᵢ − 1)² + 10 sin²(πy₁) + 10 Σᵢ₌₂ⁿ (yᵢ₋₁ − 1)² sin²(πyᵢ)] on [−10, 10]ⁿ;
     * L = 0.25, C = 0.75 for n = 2 (LEVYMONT5) and n = 4 (LEVYMONT7), L = 1, C = 0 for LEVYMONT
     * (n ≥ 1, here 100); x0 = (−8, 8, 8, …); f* = 0 at x* = (1, …, 1).
     */
    static TestProblem levymont(int n) {
        return levymont("levymont", Problem.atLeast(n, 1, "levymont"), 1, 0, true);
    }

    /** LEVYMONT5: {@link #levymont(int)}'s function with n = 2, L = 0.25, C = 0.75. */
    static TestProblem levymont5() {
        return levymont("levymont5", 2, 0.25, 0.75, false);
    }

    /** LEVYMONT7: {@link #levymont(int)}'s function with n = 4, L = 0.25, C = 0.75. */
    static TestProblem levymont7() {
        return levymont("levymont7", 4, 0.25, 0.75, false);
    }

    private static TestProblem levymont(String name, int n, double l, double c, boolean scalable) {
        double w = Math.PI / n;
        double[] start = Problem.filled(n, 8);
        start[0] = -8;
        Formula f = new Formula(name, start, NONE,
                sif(name.toUpperCase(java.util.Locale.ROOT), "Levy & Montalvo 1985"), null, 2 * n,
                2, (e, idx) -> e < n ? AdElementSum.indices(idx, e)
                        : e == n ? AdElementSum.indices(idx, 0)
                        : AdElementSum.window(idx, e - n - 1, 2), (e, u) -> {
                    if (e < n) {
                        return u[0].times(l).plus(c - 1).square().times(w);
                    }
                    if (e == n) {
                        return u[0].times(l * Math.PI).plus(c * Math.PI).sin().square()
                                .times(10 * w);
                    }
                    return u[0].times(l).plus(c - 1)
                            .times(u[1].times(l * Math.PI).plus(c * Math.PI).sin()).square()
                            .times(10 * w);
                });
        return new BoundedProblem(name, f, start, box(Problem.filled(n, -10), Problem.filled(n, 10)),
                ZERO, Problem.filled(n, 1), f.source(),
                scalable ? Dimensions.atLeast(1) : Dimensions.fixed(n),
                scalable ? BoundedSet::levymont : null);
    }

    private static final double[] DEVGLA1_Y = {
        59.052474, 54.425184, 44.044493, 28.575487, 9.236288, -12.287936, -33.983363, -53.687835,
        -69.297789, -78.982793, -81.386703, -75.794406, -62.245213, -41.578070, -15.399602,
        14.026818, 43.965014, 71.449307, 93.566643, 107.751833, 112.067181, 105.437460, 87.813812,
        60.245495};

    /**
     * DEVGLA1B (de Villiers &amp; Glasser's problem 1, SciPy's global optimization benchmarks,
     * bounded version; SIF N. Gould 2021): f = Σᵢ₌₀²³ (x₁x₂^{tᵢ} sin(tᵢx₃ + x₄) − yᵢ)², tᵢ = 0.1i,
     * on [1, 100]⁴; x0 = (2, 2, 2, 2); f* = 0 (the data were generated at (60.137, 1.371, 3.112,
     * 1.761) and rounded, so that point is not an exact minimizer; the bounded solve reaches
     * 5·10⁻¹¹).
     */
    static TestProblem devgla1b() {
        Formula f = Formula.terms("devgla1b", Problem.filled(4, 2), NONE,
                sif("DEVGLA1B", "de Villiers & Glasser, SciPy global optimization benchmarks"),
                DEVGLA1_Y.length, (e, u) -> {
                    double t = 0.1 * e;
                    return u[0].times(u[1].pow(t)).times(u[2].times(t).plus(u[3]).sin())
                            .minus(DEVGLA1_Y[e]).square();
                });
        return fixed(f, box(Problem.filled(4, 1), Problem.filled(4, 100)), ZERO, null);
    }

    /**
     * CAMEL6 (the six-hump camel function; Dixon &amp; Szegö 1978): f = 4x₁² − 2.1x₁⁴ + x₁⁶/3 +
     * x₁x₂ − 4x₂² + 4x₂⁴ on [−3, 3] × [−1.5, 1.5]; x0 = (1.1, 1.1). The SIF file prints f* =
     * −1.0316 only, coarser than the solved tolerance; f* here is the global minimum
     * −1.0316284534898776 at x* = (0.08984201310031807, −0.7126564030207396), the root of ∇f = 0
     * near the SIF's (0.0898, −0.7126) (computed with a Newton solve; the bounded solve agrees);
     * (−x₁*, −x₂*) is the other global minimizer.
     */
    static TestProblem camel6() {
        Formula f = Formula.whole("camel6", new double[] {1.1, 1.1}, NONE,
                sif("CAMEL6", "Dixon & Szegö 1978"),
                u -> u[0].square().times(4).minus(u[0].pow(4).times(2.1))
                        .plus(u[0].pow(6).times(1.0 / 3)).plus(u[0].times(u[1]))
                        .minus(u[1].square().times(4)).plus(u[1].pow(4).times(4)));
        return fixed(f, box(new double[] {-3, -1.5}, new double[] {3, 1.5}),
                OptionalDouble.of(-1.0316284534898776),
                new double[] {0.08984201310031807, -0.7126564030207396});
    }

    /**
     * EGGCRATEB (the egg-crate function with bounds, SciPy's global optimization benchmarks;
     * SIF N. Gould 2021): f = x₁² + x₂² + 25(sin²x₁ + sin²x₂) on [−5, 5]²; x0 = (1, 2); f* = 0
     * at x* = (0, 0). From x0 a descent method reaches the local minimum near (0, 3.0196),
     * f ≈ 9.4882, which does not count as solving.
     */
    static TestProblem eggcrateb() {
        Formula f = Formula.whole("eggcrateb", new double[] {1, 2}, NONE,
                sif("EGGCRATEB", "SciPy global optimization benchmarks"),
                u -> u[0].square().plus(u[1].square())
                        .plus(u[0].sin().square().plus(u[1].sin().square()).times(25)));
        return fixed(f, box(Problem.filled(2, -5), Problem.filled(2, 5)), ZERO,
                new double[] {0, 0});
    }

    private static final double[] KOEBHELB_X = {
        0.0311817898, 0.0467726848, 0.0623635797, 0.0935453695, 0.1091362644, 0.1247271593,
        0.1403180543, 0.1559089492, 0.1714998441, 0.187090739, 0.2026816339, 0.2182725288,
        0.2338634238, 0.2494543187, 0.2650452136, 0.2806361085, 0.2962270034, 0.3118178983,
        0.3274087933, 0.3585905831, 0.374181478, 0.3897723729, 0.4053632679, 0.4209541628,
        0.4365450577, 0.4521359526, 0.4677268475, 0.4833177424, 0.4989086374, 0.5144995323,
        0.5300904272, 0.5456813221, 0.561272217, 0.5768631119, 0.5924540069, 0.6080449018,
        0.6236357967, 0.6392266916, 0.6548175865, 0.6704084814, 0.6859993764, 0.7015902713,
        0.7171811662, 0.7327720611, 0.748362956, 0.763953851, 0.7795447459, 0.7951356408,
        0.8107265357, 0.8263174306, 0.8419083255, 0.8574992205, 0.8730901154, 0.8886810103,
        0.9042719052, 0.9198628001, 0.935453695, 0.9666354849, 0.9978172747, 1.0134081696,
        1.0289990645, 1.0445899595, 1.0601808544, 1.0757717493, 1.0913626442, 1.1069535391,
        1.1225444341, 1.138135329, 1.1537262239, 1.1693171188, 1.1849080137, 1.2004989086,
        1.2160898036, 1.2472715934, 1.2628624883, 1.2784533832, 1.2940442781, 1.325226068,
        1.3408169629, 1.3564078578, 1.3719987527, 1.3875896476, 1.4031805426, 1.4187714375,
        1.4343623324, 1.4811350171, 1.4967259121, 1.5279077019, 1.5434985968, 1.5590894917,
        1.5746803867, 1.5902712816, 1.6214530714, 1.6370439663, 1.6526348612, 1.6682257562,
        1.6838166511, 1.699407546, 1.7149984409, 1.7305893358, 1.7461802307, 1.7617711257,
        1.7929529155, 1.8085438104, 1.8241347053, 1.8397256002, 1.8553164952, 1.8709073901,
        1.886498285, 1.9020891799, 1.9332709698, 1.9488618647, 1.9644527596, 2.0268163393,
        2.0579981291, 2.0891799189, 2.1515434986, 2.1827252884, 2.1983161833, 2.260679763,
        2.3230433427, 2.3386342376, 2.3698160274, 2.4165887122, 2.4321796071, 2.447770502,
        2.4945431868, 2.5413158715, 2.5724976614, 2.650452136, 2.7284066105, 2.7439975055,
        2.7751792953, 2.8063610851, 2.8843155597, 2.9622700343, 3.0402245089, 3.0869971936,
        3.1961334581, 3.2740879326, 3.5391331462, 3.585905831, 3.8977237293, 4.0068599938,
        4.2095416277, 4.2874961023, 4.4434050514, 5.1449953227, 5.3788587465, 5.5347676957,
        5.7062675398, 5.9245400686, 6.5325849704, 6.5481758653, 6.9067664484, 10.289990645};
    private static final double[] KOEBHELB_Y = {
        1.3956745794, 0.0384714261, 0.3193189404, 0.5457529491, 0.0883981929, 0.162971961,
        0.5158295749, 3.0658172906, 0.0617811148, 0.4223486827, 0.3487897418, 1.2541371542,
        0.8066406155, 0.297642996, 0.6365466443, 0.7314860091, 0.1788114646, 5.8490190447,
        0.211425133, 0.0990105163, 0.5138185043, 0.6597743452, 0.4394819543, 0.2870924367,
        0.4275199289, 0.9889318261, 4.5672071694, 0.1438254325, 0.2308134346, 0.6534769505,
        0.3490464548, 0.6583892973, 0.2433901866, 0.198643958, 0.1130796292, 0.0273247242,
        3.309046781, 0.1149290926, 0.6052801272, 0.2745202396, 0.3180914914, 0.7664361487,
        0.8697382728, 0.1393734929, 0.0849025959, 0.1816229186, 1.7967266481, 0.2437414589,
        0.2933083901, 0.042250701, 0.3265409757, 0.6153127055, 0.2089602142, 0.1724364547,
        0.2969836316, 0.309713792, 2.7249193336, 0.3298656736, 0.1186460567, 0.9386359319,
        0.1939123488, 0.0467489182, 0.3046529561, 0.1286775419, 1.4518449932, 0.3585947583,
        0.0895309004, 0.061870937, 0.7399141765, 2.1553128432, 0.1747927852, 0.2304228081,
        0.1697233861, 1.275355242, 0.0712896998, 0.0612039204, 0.1071958176, 0.5106876621,
        0.2669877437, 0.1639490738, 0.2165907312, 0.1169831612, 0.4807615549, 0.1103499808,
        0.1174473945, 0.5438601232, 0.0883981929, 0.0187544445, 0.0883981929, 0.70860539,
        0.0597855309, 0.2098301963, 0.0335213649, 0.4866382609, 0.0382484192, 0.0956645016,
        0.0543774309, 0.0391123888, 0.3967863326, 0.4353064048, 0.0712896998, 0.2150814262,
        0.1271957484, 0.0883981929, 0.0918354874, 0.4377997461, 0.032532956, 1.0291751004,
        0.0670427298, 0.0533462061, 0.2390568561, 0.1410516929, 0.0970719594, 0.2000191673,
        0.0729323716, 0.0883981929, 0.0360908637, 0.3245393793, 0.1608286168, 0.1734383461,
        0.164108859, 0.2549304302, 0.0196000124, 0.050492665, 0.0509505215, 0.0724721466,
        0.2696880586, 0.0309187066, 0.2193032532, 0.1351492974, 0.4301613948, 0.0617811148,
        0.1805670975, 0.1960626165, 0.0592515167, 0.0813769367, 0.1659411961, 0.0670427298,
        0.1158213024, 0.0913643306, 0.0229555012, 0.0387518245, 0.0558193237, 0.4043876983,
        0.0770268442, 0.050492665, 0.0360205364, 0.1309783028, 0.0314900707, 0.0314900707,
        0.1477355235, 0.0758846626, 0.1453159714, 0.8371665092, 0.0355012801, 0.0391123888};
}
