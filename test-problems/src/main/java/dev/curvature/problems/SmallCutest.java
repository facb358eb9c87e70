package dev.curvature.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Fixed-dimension CUTEst problems of the extended set (Gould, Orban &amp; Toint, CUTEst; SIF
 * files in https://bitbucket.org/optrove/sif). Each factory's Javadoc gives the formula, the SIF
 * start point, f* and the original reference. Formulas were transcribed from the SIF files as
 * ported to Python by sif2jax (github.com/johannahaffner/sif2jax, checked there against
 * pycutest) and to Julia by OptimizationProblems.jl (JuliaSmoothOptimizers); f* is the SIF file's
 * "SOLTN" value where it is printed to better than the solved tolerance 10⁻⁶·max(1, |f*|), and
 * empty otherwise (the printed value is then quoted in the Javadoc).
 */
final class SmallCutest {
    private static final OptionalDouble ZERO = OptionalDouble.of(0);
    private static final OptionalDouble NONE = OptionalDouble.empty();

    private SmallCutest() {
    }

    static List<TestProblem> problems() {
        List<TestProblem> list = new ArrayList<>();
        list.add(cliff());
        list.add(cube());
        list.add(denschna());
        list.add(denschnb());
        list.add(denschnc());
        list.add(denschnd());
        list.add(denschne());
        list.add(denschnf());
        list.add(engval2());
        list.add(expfit());
        list.add(hairy());
        list.add(hatfldd());
        list.add(hatflde());
        list.add(himmelbb());
        list.add(himmelbf());
        list.add(himmelbg());
        list.add(himmelbh());
        list.add(humps());
        list.add(loghairy());
        list.add(mexhat());
        list.add(price3());
        list.add(price4());
        list.add(s308());
        list.add(sineval());
        list.add(zangwil2());
        list.add(allinitu());
        list.add(eggcrate());
        list.add(elatvidu());
        list.add(maratosb());
        list.add(waysea1());
        list.add(powersum());
        list.add(hilbertb());
        list.add(trigon1());
        list.add(trigon2());
        list.addAll(mgh10sls());
        list.addAll(mgh17sls());
        list.add(clusterls());
        list.add(coolhansls());
        list.add(devgla1());
        list.add(devgla2());
        list.add(growthls());
        list.addAll(lsc("lsc1ls", new double[] {9, 35, -13, 10, 23, 0},
                new double[] {34, 10, 6, -14, 27, -10}, new double[] {105, 96, 230},
                new double[] {10.5, 9.6, 23}));
        list.addAll(lsc("lsc2ls", new double[] {36, 36, 19, 18, 33, 26},
                new double[] {14, 10, 28, 31, 18, 26}, new double[] {98, 36, 270},
                new double[] {9.8, 3.6, 27}));
        list.add(vibrbeam());
        return list;
    }

    private static String sif(String name, String reference) {
        return "CUTEst " + name + " (" + reference + ")";
    }

    /**
     * CLIFF (Buckley 1989, "Test functions for unconstrained minimization", TR 1989CS-3, Dalhousie University, problem 206; SIF Ph. Toint): f = (0.01x₁ − 0.03)² − x₁ + x₂
     * + e^{20(x₁ − x₂)}; x0 = (0, −1); f* = 0.199786613 (SIF).
     */
    static TestProblem cliff() {
        return Formula.whole("cliff", new double[] {0, -1}, OptionalDouble.of(0.199786613),
                sif("CLIFF", "Buckley 1989, problem 206"), u -> u[0].times(0.01).minus(0.03).square()
                        .minus(u[0]).plus(u[1]).plus(u[0].minus(u[1]).times(20).exp()));
    }

    /**
     * CUBE (a cubic Rosenbrock variant; Buckley 1989, problem 5): f = (x₁ − 1)² + 100(x₂ − x₁³)²;
     * x0 = (−1.2, 1); f* = 0 at (1, 1).
     */
    static TestProblem cube() {
        return Formula.whole("cube", new double[] {-1.2, 1}, ZERO, sif("CUBE", "Buckley 1989, problem 5"),
                u -> u[0].minus(1).square().plus(u[1].minus(u[0].cube()).square().times(100)));
    }

    /**
     * DENSCHNA (Dennis &amp; Schnabel 1983, Appendix B, problem A): f = x₁⁴ + (x₁ + x₂)²
     * + (e^{x₂} − 1)²; x0 = (1, 1); f* = 0 at 0.
     */
    static TestProblem denschna() {
        return Formula.whole("denschna", new double[] {1, 1}, ZERO,
                sif("DENSCHNA", "Dennis & Schnabel 1983, problem A"),
                u -> u[0].pow(4).plus(u[0].plus(u[1]).square())
                        .plus(u[1].exp().minus(1).square()));
    }

    /**
     * DENSCHNB (Dennis &amp; Schnabel 1983, problem B): f = (x₁ − 2)² + ((x₁ − 2)x₂)² + (x₂ + 1)²;
     * x0 = (1, 1); f* = 0 at (2, −1).
     */
    static TestProblem denschnb() {
        return Formula.whole("denschnb", new double[] {1, 1}, ZERO,
                sif("DENSCHNB", "Dennis & Schnabel 1983, problem B"),
                u -> u[0].minus(2).square().plus(u[0].minus(2).times(u[1]).square())
                        .plus(u[1].plus(1).square()));
    }

    /**
     * DENSCHNC (Dennis &amp; Schnabel 1983, problem C): f = (x₁² + x₂² − 2)²
     * + (e^{x₁ − 1} + x₂³ − 2)²; x0 = (2, 3); f* = 0 at (1, 1).
     */
    static TestProblem denschnc() {
        return Formula.whole("denschnc", new double[] {2, 3}, ZERO,
                sif("DENSCHNC", "Dennis & Schnabel 1983, problem C"),
                u -> u[0].square().plus(u[1].square()).minus(2).square()
                        .plus(u[0].minus(1).exp().plus(u[1].cube()).minus(2).square()));
    }

    /**
     * DENSCHND (Dennis &amp; Schnabel 1983, problem D): f = (x₁² + x₂³ − x₃⁴)² + (2x₁x₂x₃)²
     * + (2x₁x₂ − 3x₂x₃ + x₁x₃)²; x0 = (10, 10, 10); f* = 0 at 0 (a singular minimum).
     */
    static TestProblem denschnd() {
        return Formula.whole("denschnd", new double[] {10, 10, 10}, ZERO,
                sif("DENSCHND", "Dennis & Schnabel 1983, problem D"), u -> {
                    Dual a = u[0].square().plus(u[1].cube()).minus(u[2].pow(4));
                    Dual b = u[0].times(u[1]).times(u[2]).times(2);
                    Dual c = u[0].times(u[1]).times(2).minus(u[1].times(u[2]).times(3))
                            .plus(u[0].times(u[2]));
                    return a.square().plus(b.square()).plus(c.square());
                });
    }

    /**
     * DENSCHNE (Dennis &amp; Schnabel 1983, problem E): f = x₁² + (x₂ + x₂²)² + (e^{x₃} − 1)²;
     * x0 = (2, 3, −8); f* = 0 at 0.
     */
    static TestProblem denschne() {
        return Formula.whole("denschne", new double[] {2, 3, -8}, ZERO,
                sif("DENSCHNE", "Dennis & Schnabel 1983, problem E"),
                u -> u[0].square().plus(u[1].plus(u[1].square()).square())
                        .plus(u[2].exp().minus(1).square()));
    }

    /**
     * DENSCHNF (Dennis &amp; Schnabel 1983, problem F): f = (2(x₁ + x₂)² + (x₁ − x₂)² − 8)²
     * + (5x₁² + (x₂ − 3)² − 9)²; x0 = (2, 0); f* = 0 (at (1, 1), a zero-residual solution).
     */
    static TestProblem denschnf() {
        return Formula.whole("denschnf", new double[] {2, 0}, ZERO,
                sif("DENSCHNF", "Dennis & Schnabel 1983, problem F"),
                u -> u[0].plus(u[1]).square().times(2).plus(u[0].minus(u[1]).square()).minus(8)
                        .square().plus(u[0].square().times(5).plus(u[1].minus(3).square())
                                .minus(9).square()));
    }

    /**
     * ENGVAL2 (Buckley 1989, problem 15; SIF Ph. Toint): f = (x₁² + x₂² + x₃²
     * − 1)² + (x₁² + x₂² + (x₃ − 2)² − 1)² + (x₁ + x₂ + x₃ − 1)² + (x₁ + x₂ − x₃ + 1)²
     * + (3x₂² + x₁³ + (5x₃ − x₁ + 1)² − 36)²; x0 = (1, 2, 0); f* = 0 (SIF).
     */
    static TestProblem engval2() {
        return Formula.whole("engval2", new double[] {1, 2, 0}, ZERO,
                sif("ENGVAL2", "Buckley 1989, problem 15"), u -> {
                    Dual s12 = u[0].square().plus(u[1].square());
                    Dual g1 = s12.plus(u[2].square()).minus(1);
                    Dual g2 = s12.plus(u[2].minus(2).square()).minus(1);
                    Dual g3 = u[0].plus(u[1]).plus(u[2]).minus(1);
                    Dual g4 = u[0].plus(u[1]).minus(u[2]).plus(1);
                    Dual g5 = u[1].square().times(3).plus(u[0].cube())
                            .plus(u[2].times(5).minus(u[0]).plus(1).square()).minus(36);
                    return Dual.sum(g1.square(), g2.square(), g3.square(), g4.square(),
                            g5.square());
                });
    }

    /**
     * EXPFIT (a simple exponential fit; Buckley 1989, problem 8; SIF Ph. Toint): f = Σ_{i=1}^{10} (αe^{iβh} − ih)² with
     * h = 0.25 in the variables (α, β); x0 = (0, 0). The value 8.7945855171 quoted for it in the
     * sif2jax port is not a minimum of this function (every method here reaches f ≈ 0.2405), so
     * f* is empty.
     */
    static TestProblem expfit() {
        return Formula.terms("expfit", new double[] {0, 0}, NONE,
                sif("EXPFIT", "Buckley 1989, problem 8"), 10,
                (e, u) -> u[0].times(u[1].times((e + 1) * 0.25).exp()).minus((e + 1) * 0.25)
                        .square());
    }

    /**
     * HAIRY (Ph. Toint, a hairy hill): f = 30 sin²(7x₁)cos²(7x₂) + 100√(0.01 + (x₁ − x₂)²)
     * + 100√(0.01 + x₁²); x0 = (−5, −7); f* = 20 (SIF) at the origin.
     */
    static TestProblem hairy() {
        return Formula.whole("hairy", new double[] {-5, -7}, OptionalDouble.of(20),
                sif("HAIRY", "Ph. Toint"), SmallCutest::hairyBody);
    }

    private static Dual hairyBody(Dual[] u) {
        Dual fur = u[0].times(7).sin().square().times(u[1].times(7).cos().square()).times(30);
        Dual dcup = u[0].minus(u[1]).square().plus(0.01).sqrt().times(100);
        Dual cup = u[0].square().plus(0.01).sqrt().times(100);
        return fur.plus(dcup).plus(cup);
    }

    private static final double[] HATFLDD_T = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9};
    private static final double[] HATFLDD_Z = {1.751, 1.561, 1.391, 1.239, 1.103, 0.981, 0.925,
        0.8721, 0.8221, 0.7748};

    /**
     * HATFLDD (an exponential fit from the OPTIMA user manual, Numerical Optimization Centre, Hatfield Polytechnic, 1989): f = Σᵢ (e^{tᵢx₃} − x₁e^{tᵢx₂}
     * + zᵢ)² over 10 data points; x0 = (1, −1, 0); f* = 6.615114·10⁻⁸ (SIF).
     */
    static TestProblem hatfldd() {
        return Formula.terms("hatfldd", new double[] {1, -1, 0}, OptionalDouble.of(6.615114e-8),
                sif("HATFLDD", "OPTIMA user manual, Hatfield Polytechnic 1989"), HATFLDD_T.length,
                (e, u) -> hatfld(u, HATFLDD_T[e], HATFLDD_Z[e]));
    }

    private static Dual hatfld(Dual[] u, double t, double z) {
        return u[2].times(t).exp().minus(u[0].times(u[1].times(t).exp())).plus(z).square();
    }

    private static final double[] HATFLDE_Z = {1.561, 1.473, 1.391, 1.313, 1.239, 1.169, 1.103,
        1.04, 0.981, 0.925, 0.8721, 0.8221, 0.7748, 0.73, 0.6877, 0.6477, 0.6099, 0.5741, 0.5403,
        0.5084, 0.4782};

    /**
     * HATFLDE (OPTIMA user manual, Hatfield Polytechnic 1989): as HATFLDD over 21 points tᵢ = 0.3, 0.35, …, 1.3;
     * x0 = (1, −1, 0); f* = 5.120377·10⁻⁷ (SIF).
     */
    static TestProblem hatflde() {
        return Formula.terms("hatflde", new double[] {1, -1, 0}, OptionalDouble.of(5.120377e-7),
                sif("HATFLDE", "OPTIMA user manual, Hatfield Polytechnic 1989"), HATFLDE_Z.length,
                (e, u) -> hatfld(u, 0.3 + 0.05 * e, HATFLDE_Z[e]));
    }

    /**
     * HIMMELBB (Himmelblau 1972, problem 27): f = (x₁x₂(1 − x₁)(1 − x₂ − x₁(1 − x₁)⁵))²;
     * x0 = (−1.2, 1); f* = 0 (SIF).
     */
    static TestProblem himmelbb() {
        return Formula.whole("himmelbb", new double[] {-1.2, 1}, ZERO,
                sif("HIMMELBB", "Himmelblau 1972, problem 27"), u -> {
                    Dual r2 = u[0].rminus(1);
                    Dual r3 = u[1].rminus(1).minus(u[0].times(r2.pow(5)));
                    return u[0].times(u[1]).times(r2).times(r3).square();
                });
    }

    private static final double[] HIMMELBF_A = {0, 0.000428, 0.001, 0.00161, 0.00209, 0.00348,
        0.00525};
    private static final double[] HIMMELBF_B = {7.391, 11.18, 16.44, 16.2, 22.2, 24.02, 31.32};

    /**
     * HIMMELBF (Himmelblau 1972, problem 32, a data fit): f = 10⁴Σᵢ ((x₁² + aᵢx₂² + aᵢ²x₃²)
     * / (bᵢ(1 + aᵢx₄²)) − 1)² over 7 data points; x0 = (2.7, 90, 1500, 10). The SIF file prints
     * f* = 318.572, too coarse for the solved test, so {@link #knownMinimum()} is empty.
     */
    static TestProblem himmelbf() {
        return Formula.terms("himmelbf", new double[] {2.7, 90, 1500, 10}, NONE,
                sif("HIMMELBF", "Himmelblau 1972, problem 32"), HIMMELBF_A.length, (e, u) -> {
                    double a = HIMMELBF_A[e];
                    Dual num = u[0].square().plus(u[1].square().times(a))
                            .plus(u[2].square().times(a * a));
                    Dual den = u[3].square().times(a).plus(1).times(HIMMELBF_B[e]);
                    return num.div(den).minus(1).square().times(1e4);
                });
    }

    /**
     * HIMMELBG (Himmelblau 1972, problem 33): f = e^{−x₁−x₂}(2x₁² + 3x₂²); x0 = (0.5, 0.5);
     * f* = 0 at the origin.
     */
    static TestProblem himmelbg() {
        return Formula.whole("himmelbg", new double[] {0.5, 0.5}, ZERO,
                sif("HIMMELBG", "Himmelblau 1972, problem 33"),
                u -> u[0].plus(u[1]).negate().exp()
                        .times(u[0].square().times(2).plus(u[1].square().times(3))));
    }

    /**
     * HIMMELBH (Himmelblau 1972, problem 34): f = x₁³ − 3x₁ + x₂² − 2x₂ + 2; x0 = (0, 2);
     * f* = −1 (SIF) at the local minimizer (1, 1). The cubic is unbounded below as x₁ → −∞, so
     * a method may also leave through that valley.
     */
    static TestProblem himmelbh() {
        return Formula.whole("himmelbh", new double[] {0, 2}, OptionalDouble.of(-1),
                sif("HIMMELBH", "Himmelblau 1972, problem 34"),
                u -> u[0].cube().minus(u[0].times(3)).plus(u[1].square()).minus(u[1].times(2))
                        .plus(2));
    }

    /**
     * HUMPS (Ph. Toint, a function with many humps, ζ = 20): f = (sin(ζx₁)sin(ζx₂))²
     * + 0.05(x₁² + x₂²); x0 = (−506, −506.2); f* = 0 at the origin.
     */
    static TestProblem humps() {
        return Formula.whole("humps", new double[] {-506, -506.2}, ZERO, sif("HUMPS", "Ph. Toint"),
                u -> u[0].times(20).sin().times(u[1].times(20).sin()).square()
                        .plus(u[0].square().plus(u[1].square()).times(0.05)));
    }

    /**
     * LOGHAIRY (Ph. Toint, a smoothed HAIRY): f = log((100 + HAIRY(x))/100); x0 = (−500, −700);
     * f* = 0.1823216 (SIF; = log 1.2).
     */
    static TestProblem loghairy() {
        return Formula.whole("loghairy", new double[] {-500, -700}, OptionalDouble.of(0.1823216),
                sif("LOGHAIRY", "Ph. Toint"), u -> hairyBody(u).plus(100).div(100).log());
    }

    /**
     * MEXHAT (the "Mexican hat"; Brown &amp; Bartholomew-Biggs, TR 178, Numerical Optimization Centre, Hatfield Polytechnic): f = −2(x₁ − 1)² + 10⁵(10⁴(x₂ − x₁²)² + (x₁ − 1)²
     * − 0.02)²; x0 = (0.86, 0.72). The SIF file lists two solution values (−0.0898793 and
     * −1.1171526) without saying which is the minimum, so {@link #knownMinimum()} is empty.
     */
    static TestProblem mexhat() {
        return Formula.whole("mexhat", new double[] {0.86, 0.72}, NONE, sif("MEXHAT", "Brown & Bartholomew-Biggs, Hatfield TR 178"),
                u -> {
                    Dual o = u[0].minus(1).square();
                    Dual c = u[1].minus(u[0].square()).square().times(1e4).plus(o).minus(0.02);
                    return o.times(-2).plus(c.square().times(1e5));
                });
    }

    /**
     * PRICE3 (SciPy global-optimization benchmark functions; SIF N. Gould 2020): f = 100(x₁² − x₂)²
     * + (6.4(x₂ − 0.5)² − x₁ − 0.6)²; x0 = (1, 5); f* = 0 (SIF).
     */
    static TestProblem price3() {
        return Formula.whole("price3", new double[] {1, 5}, ZERO, sif("PRICE3", "SciPy go_benchmark_functions"),
                u -> u[0].square().minus(u[1]).square().times(100)
                        .plus(u[1].minus(0.5).square().times(6.4).minus(u[0]).minus(0.6).square()));
    }

    /**
     * PRICE4 (SciPy global-optimization benchmark functions; SIF N. Gould 2020): f = (2x₁³x₂ − x₂³)² + (6x₁ − x₂² + x₂)²; x0 = (1, 5); f* = 0 (SIF).
     */
    static TestProblem price4() {
        return Formula.whole("price4", new double[] {1, 5}, ZERO, sif("PRICE4", "SciPy go_benchmark_functions"),
                u -> u[0].cube().times(u[1]).times(2).minus(u[1].cube()).square()
                        .plus(u[0].times(6).plus(u[1]).minus(u[1].square()).square()));
    }

    /**
     * S308 (Schittkowski 1987, problem 308): f = (x₁² + x₁x₂ + x₂²)² + sin²x₁ + cos²x₂;
     * x0 = (3, 0.1); f* = 0.773199 (SIF).
     */
    static TestProblem s308() {
        return Formula.whole("s308", new double[] {3, 0.1}, OptionalDouble.of(0.773199),
                sif("S308", "Schittkowski 1987, problem 308"),
                u -> u[0].square().plus(u[0].times(u[1])).plus(u[1].square()).square()
                        .plus(u[0].sin().square()).plus(u[1].cos().square()));
    }

    /**
     * SINEVAL (a sine valley; Xiao &amp; Zhou 1992, Computing 48:303–317, problem 4.2): f = 10⁻⁴(x₂ − sin x₁)² + x₁²/4; x0 = (4.712389, −1);
     * f* = 0 at the origin.
     */
    static TestProblem sineval() {
        return Formula.whole("sineval", new double[] {4.712389, -1}, ZERO,
                sif("SINEVAL", "Xiao & Zhou 1992, problem 4.2"),
                u -> u[1].minus(u[0].sin()).square().times(1e-4).plus(u[0].square().times(0.25)));
    }

    /**
     * ZANGWIL2 (a quadratic; Buckley 1989, problem 7): f = (16x₁² + 16x₂² − 8x₁x₂ − 56x₁ − 256x₂ + 991)/15;
     * x0 = (3, 8); f* = −18.2 (SIF; exact, at (4, 9)).
     */
    static TestProblem zangwil2() {
        return Formula.whole("zangwil2", new double[] {3, 8}, OptionalDouble.of(-18.2),
                sif("ZANGWIL2", "Buckley 1989, problem 7"),
                u -> u[0].square().times(16).plus(u[1].square().times(16))
                        .minus(u[0].times(u[1]).times(8)).minus(u[0].times(56))
                        .minus(u[1].times(256)).plus(991).div(15));
    }

    /**
     * ALLINITU (N. Gould, the unconstrained version of ALLINIT, a problem with "all in it"):
     * f = x₃ − 1 + x₁² + x₂² + (x₃ + x₄)² + sin²x₃ + x₁²x₂² + x₄ − 3 + sin²x₃ + (x₄ − 1)² + x₂⁴
     * + (x₃² + (x₄ + x₁)²)² + (x₁ − 4 + sin²x₄ + x₂²x₃²)² + sin⁴x₄; x0 = 0; no minimum in the SIF
     * file.
     */
    static TestProblem allinitu() {
        return Formula.whole("allinitu", new double[4], NONE, sif("ALLINITU", "N. Gould"), u -> {
            Dual s3 = u[2].sin().square();
            Dual s4 = u[3].sin().square();
            return Dual.sum(u[2].minus(1), u[0].square(), u[1].square(),
                    u[2].plus(u[3]).square(), s3, u[0].square().times(u[1].square()),
                    u[3].minus(3), s3, u[3].minus(1).square(), u[1].pow(4),
                    u[2].square().plus(u[3].plus(u[0]).square()).square(),
                    u[0].minus(4).plus(s4).plus(u[1].square().times(u[2].square())).square(),
                    s4.square());
        });
    }

    /**
     * EGGCRATE (the egg-crate function, SciPy global-optimization benchmarks; SIF N. Gould 2020):
     * f = x₁² + x₂² + 25(sin²x₁ + sin²x₂); x0 = (1, 2); f* = 0 at the origin, the global minimum:
     * x0 lies in the basin of a local minimum (f ≈ 9.49), so local methods are not expected to
     * solve it.
     */
    static TestProblem eggcrate() {
        return Formula.whole("eggcrate", new double[] {1, 2}, ZERO,
                sif("EGGCRATE", "SciPy go_benchmark_functions"),
                u -> u[0].square().plus(u[1].square())
                        .plus(u[0].sin().square().plus(u[1].sin().square()).times(25)));
    }

    /**
     * ELATVIDU (El-Attar, Vidyasagar &amp; Dutta 1979, SIAM J. Numer. Anal. 16:70–86; SIF
     * N. Gould): f = (x₁² + x₂ − 10)² + (x₁ + x₂² − 7)² + (x₁² + x₂³ − 1)²; x0 = (1, 5); no minimum
     * in the SIF file (only the bound 0).
     */
    static TestProblem elatvidu() {
        return Formula.whole("elatvidu", new double[] {1, 5}, NONE,
                sif("ELATVIDU", "El-Attar, Vidyasagar & Dutta 1979"),
                u -> u[0].square().plus(u[1]).minus(10).square()
                        .plus(u[0].plus(u[1].square()).minus(7).square())
                        .plus(u[0].square().plus(u[1].cube()).minus(1).square()));
    }

    /**
     * MARATOSB (the Maratos problem as a quadratic penalty, μ = 10⁻⁶; SIF Ph. Toint): f = x₁
     * + 10⁶(x₁² + x₂² − 1)²; x0 = (1.1, 0.1); the minimum is just below −1 (near (−1, 0)) and the
     * SIF file prints none, so f* is empty.
     */
    static TestProblem maratosb() {
        return Formula.whole("maratosb", new double[] {1.1, 0.1}, NONE,
                sif("MARATOSB", "Maratos 1978, penalty form"),
                u -> u[0].plus(u[0].square().plus(u[1].square()).minus(1).square().times(1e6)));
    }

    /**
     * WAYSEA1 (Waysea problem 1, SciPy benchmarks; SIF N. Gould): f = (x₁⁶ + x₂⁴ − 17)²
     * + (2x₁ + x₂ − 4)²; x0 = (1, 5); f* = 0 at (1, 2).
     */
    static TestProblem waysea1() {
        return Formula.whole("waysea1", new double[] {1, 5}, ZERO, sif("WAYSEA1", "N. Gould"),
                u -> u[0].pow(6).plus(u[1].pow(4)).minus(17).square()
                        .plus(u[0].times(2).plus(u[1]).minus(4).square()));
    }

    /**
     * POWERSUM (the power-sum problem, SciPy global-optimization benchmarks; SIF N. Gould):
     * f = Σ_{k=1}^{4} (Σⱼ xⱼᵏ − bₖ)² with b = (8, 18, 44, 114) (the power sums of (1, 2, 3, 2));
     * x0 = (2, 2, 2, 2); f* = 0 at (1, 2, 3, 2).
     */
    static TestProblem powersum() {
        double[] b = {8, 18, 44, 114};
        return Formula.terms("powersum", new double[] {2, 2, 2, 2}, ZERO,
                sif("POWERSUM", "SciPy go_benchmark_functions"), 4, (e, u) -> {
                    Dual s = u[0].pow(e + 1);
                    for (int j = 1; j < 4; j++) {
                        s = s.plus(u[j].pow(e + 1));
                    }
                    return s.minus(b[e]).square();
                });
    }

    /**
     * HILBERTB (a perturbed Hilbert quadratic, Buckley 1989, problem 19): f = Σ_{j&lt;i}
     * xᵢxⱼ/(i + j − 1) + Σᵢ (5 + 1/(4i − 2))xᵢ², n = 10; x0 = (−3, …, −3); f* = 0 at the origin
     * (positive definite).
     */
    static TestProblem hilbertb() {
        int n = 10;
        return Formula.whole("hilbertb", Problem.filled(n, -3), ZERO,
                sif("HILBERTB", "Buckley 1989, problem 19"), u -> {
                    Dual f = u[0].square().times(5 + 1.0 / 2);
                    for (int i = 1; i < n; i++) {
                        f = f.plus(u[i].square().times(5 + 1.0 / (4 * (i + 1) - 2)));
                        for (int j = 0; j < i; j++) {
                            f = f.plus(u[i].times(u[j]).times(1.0 / (i + j + 1)));
                        }
                    }
                    return f;
                });
    }

    /**
     * TRIGON1 (a trigonometric system of Ph. Toint; SIF N. Gould): n = 10, residuals
     * Σⱼ cos xⱼ + i(cos xᵢ + sin xᵢ) − (n + i); x0 = (0.1, …, 0.1); f* = 0 at the origin.
     */
    static TestProblem trigon1() {
        int n = 10;
        return Formula.terms("trigon1", Problem.filled(n, 0.1), ZERO, sif("TRIGON1", "Ph. Toint"),
                n, (e, u) -> {
                    Dual s = u[0].cos();
                    for (int j = 1; j < n; j++) {
                        s = s.plus(u[j].cos());
                    }
                    return s.plus(u[e].cos().plus(u[e].sin()).times(e + 1)).minus(n + e + 1)
                            .square();
                });
    }

    /**
     * TRIGON2 (a trigonometric least-squares problem of Ph. Toint; SIF N. Gould): n = 10,
     * f = 1 + Σᵢ (√8 sin(7(xᵢ − 0.9)²) + √6 sin(14(xᵢ − 0.9)²))² + Σᵢ (xᵢ − 0.9)²;
     * x0ᵢ = i/n; f* = 1 at xᵢ = 0.9 (every other term is a square), the global minimum; the
     * sines create local minima (SciPy's methods stop at f ≈ 2.65 from x0).
     */
    static TestProblem trigon2() {
        int n = 10;
        return new Formula("trigon2", Problem.ramp(n, 1.0 / n), OptionalDouble.of(1),
                sif("TRIGON2", "Ph. Toint"), null, n, 1, (e, idx) -> {
                    idx[0] = e;
                    return 1;
                }, (e, u) -> {
                    Dual y = u[0].minus(0.9).square();
                    return y.times(7).sin().times(Math.sqrt(8))
                            .plus(y.times(14).sin().times(Math.sqrt(6))).square().plus(y);
                }, 1);
    }

    /**
     * MGH10SLS (NIST MGH10 with rescaled parameters, CUTEst; SIF N. Gould 2021): f = Σᵢ (yᵢ
     * − 0.01b₁exp(1000b₂/(xᵢ + 100b₃)))² on NIST's MGH10 data, from the SIF's start 1
     * (200, 400, 250) and start 2 (2, 4, 2.5) (names mgh10sls-1, -2); f* = 87.945855171, NIST's
     * certified residual sum of squares (the rescaling b₁ = 100β₁, b₂ = β₂/1000, b₃ = β₃/100 keeps
     * the minimum).
     */
    static List<TestProblem> mgh10sls() {
        Nist data = (Nist) Nist.of("MGH10").get(0);
        List<TestProblem> list = new ArrayList<>();
        double[][] starts = {{200, 400, 250}, {2, 4, 2.5}};
        for (int s = 0; s < 2; s++) {
            list.add(Formula.terms("mgh10sls-" + (s + 1), starts[s],
                    OptionalDouble.of(87.945855171), sif("MGH10SLS", "NIST StRD MGH10, rescaled"),
                    data.y().length, (e, b) -> b[1].times(1000).div(b[2].times(100)
                            .plus(data.x()[e][0])).exp().times(b[0]).times(0.01)
                            .rminus(data.y()[e]).square()));
        }
        return list;
    }

    /**
     * MGH17SLS (NIST MGH17 with rescaled parameters, CUTEst; SIF N. Gould 2021): f = Σᵢ (yᵢ − b₁
     * − b₂exp(−0.01xᵢb₄) − b₃exp(−0.01xᵢb₅))² on NIST's MGH17 data, from start 1
     * (50, 150, −100, 100, 200) and start 2 (0.5, 1.5, −1, 1, 2) (names mgh17sls-1, -2);
     * f* = 5.4648946975·10⁻⁵, NIST's certified residual sum of squares.
     */
    static List<TestProblem> mgh17sls() {
        Nist data = (Nist) Nist.of("MGH17").get(0);
        List<TestProblem> list = new ArrayList<>();
        double[][] starts = {{50, 150, -100, 100, 200}, {0.5, 1.5, -1, 1, 2}};
        for (int s = 0; s < 2; s++) {
            list.add(Formula.terms("mgh17sls-" + (s + 1), starts[s],
                    OptionalDouble.of(5.4648946975e-5), sif("MGH17SLS", "NIST StRD MGH17, rescaled"),
                    data.y().length, (e, b) -> {
                        double t = 0.01 * data.x()[e][0];
                        return Dual.sum(b[0], b[1].times(b[3].times(-t).exp()),
                                b[2].times(b[4].times(-t).exp())).rminus(data.y()[e]).square();
                    }));
        }
        return list;
    }

    /**
     * CLUSTERLS (Lukšan &amp; Vlček's cluster problem, least-squares form; SIF N. Gould):
     * f = ((x₁ − x₂²)(x₁ − sin x₂))² + ((cos x₂ − x₁)(x₂ − cos x₁))²; x0 = (0, 0); f* = 0 (SIF).
     */
    static TestProblem clusterls() {
        return Formula.whole("clusterls", new double[2], ZERO, sif("CLUSTERLS", "Lukšan & Vlček"),
                u -> u[0].minus(u[1].square()).times(u[0].minus(u[1].sin())).square()
                        .plus(u[1].cos().minus(u[0]).times(u[1].minus(u[0].cos())).square()));
    }

    private static final double[] COOLHANS_A = {0, 0, 0, 0.13725e-6, 937.62, -42.207, 0, 0, 0};
    private static final double[] COOLHANS_B = {0.0060893, -44.292, 2.0011, 0.13880e-6, -1886.0,
        42.362, -0.13877e-6, 42.362, -2.0705};
    private static final double[] COOLHANS_C = {0, 44.792, 0, 0, 948.21, 0, 0, -42.684, 0};

    /**
     * COOLHANSLS (a matrix Riccati equation of Cooley &amp; Hansen 1973, least-squares form; SIF
     * N. Gould): for a 3×3 matrix X (row-major), f = ‖AX² + BX + C‖²_F with the SIF's A, B, C;
     * x0 = 0; f* = 0 (SIF).
     */
    static TestProblem coolhansls() {
        return Formula.terms("coolhansls", new double[9], ZERO,
                sif("COOLHANSLS", "Cooley & Hansen 1973"), 9, (e, x) -> {
                    int i = e / 3;
                    int j = e % 3;
                    Dual r = null;
                    for (int k = 0; k < 3; k++) {
                        Dual xkj = x[k * 3 + j];
                        Dual xxkj = x[k * 3].times(x[j]).plus(x[k * 3 + 1].times(x[3 + j]))
                                .plus(x[k * 3 + 2].times(x[6 + j]));    // (X²)ₖⱼ
                        Dual t = xxkj.times(COOLHANS_A[i * 3 + k])
                                .plus(xkj.times(COOLHANS_B[i * 3 + k]));
                        r = r == null ? t : r.plus(t);
                    }
                    return r.plus(COOLHANS_C[e]).square();
                });
    }

    private static final double[] DEVGLA1_Y = {59.052474, 54.425184, 44.044493, 28.575487,
        9.236288, -12.287936, -33.983363, -53.687835, -69.297789, -78.982793, -81.386703,
        -75.794406, -62.245213, -41.578070, -15.399602, 14.026818, 43.965014, 71.449307,
        93.566643, 107.751833, 112.067181, 105.437460, 87.813812, 60.245495};

    /**
     * DEVGLA1 (de Villiers &amp; Glasser 1981's first data fit, SciPy global-optimization
     * benchmarks; SIF N. Gould): f = Σᵢ (x₁x₂^{tᵢ} sin(tᵢx₃ + x₄) − yᵢ)² at tᵢ = 0, 0.1, …, 2.3;
     * x0 = (2, 2, 2, 2); the data are rounded values of the model at (60.137, 1.371, 3.112, 1.761),
     * so the minimum is near but not exactly 0 and f* is empty.
     */
    static TestProblem devgla1() {
        return Formula.terms("devgla1", new double[] {2, 2, 2, 2}, NONE,
                sif("DEVGLA1", "de Villiers & Glasser 1981"), DEVGLA1_Y.length, (e, x) -> {
                    double t = 0.1 * e;
                    return x[0].times(x[1].pow(t)).times(x[2].times(t).plus(x[3]).sin())
                            .minus(DEVGLA1_Y[e]).square();
                });
    }

    private static final double[] DEVGLA2_Y = {0, 25.652980, 40.985849, 45.968797, 44.800863,
        40.224285, 33.489336, 25.171629, 15.612834, 5.094175, -6.103169, -17.680274, -29.318700,
        -40.685106, -51.438706, -61.240116};

    /**
     * DEVGLA2 (de Villiers &amp; Glasser 1981's second data fit, SciPy benchmarks; SIF N. Gould):
     * f = Σᵢ (x₁x₂^{tᵢ} tanh(tᵢx₃ + sin(tᵢx₄)) cos(tᵢe^{x₅}) − yᵢ)² at tᵢ = 0, 0.1, …, 1.5;
     * x0 = (20, 2, 2, 2, 0.2); rounded data, f* empty.
     */
    static TestProblem devgla2() {
        return Formula.terms("devgla2", new double[] {20, 2, 2, 2, 0.2}, NONE,
                sif("DEVGLA2", "de Villiers & Glasser 1981"), DEVGLA2_Y.length, (e, x) -> {
                    double t = 0.1 * e;
                    return x[0].times(x[1].pow(t))
                            .times(x[2].times(t).plus(x[3].times(t).sin()).tanh())
                            .times(x[4].exp().times(t).cos()).minus(DEVGLA2_Y[e]).square();
                });
    }

    private static final double[] GROWTH_N = {8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 25};
    private static final double[] GROWTH_G = {8.0, 8.4305, 9.5294, 10.4627, 12.0, 13.0205,
        14.5949, 16.1078, 18.0596, 20.4569, 24.25, 32.9863};

    /**
     * GROWTHLS (a growth-rate fit, CUTEst; SIF N. Gould): f = Σᵢ (u₁nᵢ^{u₂ + u₃ log nᵢ} − gᵢ)² over
     * 12 data points; x0 = (100, 0, 0); no minimum in the SIF file.
     */
    static TestProblem growthls() {
        return Formula.terms("growthls", new double[] {100, 0, 0}, NONE,
                sif("GROWTHLS", "N. Gould"), GROWTH_N.length, (e, u) -> {
                    double ln = Math.log(GROWTH_N[e]);
                    return u[0].times(u[1].plus(u[2].times(ln)).times(ln).exp())
                            .minus(GROWTH_G[e]).square();
                });
    }

    /**
     * LSC1LS and LSC2LS (least-squares circle fits, Pratt 1987 data via CUTEst; SIF N. Gould):
     * f = Σᵢ (√((pᵢ − x)² + (qᵢ − y)²) − r)² over six points, from the SIF's two starts
     * (names lsc1ls-1, -2 and lsc2ls-1, -2); no minimum in the SIF file.
     */
    static List<TestProblem> lsc(String name, double[] p, double[] q, double[] start1,
            double[] start2) {
        List<TestProblem> list = new ArrayList<>();
        double[][] starts = {start1, start2};
        for (int s = 0; s < 2; s++) {
            list.add(Formula.terms(name + "-" + (s + 1), starts[s], NONE,
                    sif(name.toUpperCase(java.util.Locale.ROOT), "circle fit"), p.length,
                    (e, u) -> u[0].rminus(p[e]).square().plus(u[1].rminus(q[e]).square()).sqrt()
                            .minus(u[2]).square()));
        }
        return list;
    }

    private static final double[] VIB_X = {39.1722, 53.9707, 47.9829, 12.5925, 16.5414, 18.9548,
        27.7168, 31.9201, 45.6830, 22.2524, 33.9805, 6.8425, 35.1677, 33.5682, 43.3659, 13.3835,
        25.7273, 21.0230, 10.9755, 1.5323, 45.4416, 14.5431, 22.4313, 29.0144, 25.2675, 15.5095,
        9.6297, 8.3009, 30.8694, 43.3299};
    private static final double[] VIB_V = {-1.2026, 1.7053, 0.5410, 1.1477, 1.2447, 0.9428,
        -0.1360, -0.7542, -0.3396, 0.7057, -0.8509, -0.1201, -1.2193, -1.0448, -0.7723, 0.4342,
        0.1154, 0.2868, 0.3558, -0.5090, -0.0842, 0.6021, 0.1197, -0.1827, 0.1806, 0.5395,
        0.2072, 0.1466, -0.2672, -0.3038};
    private static final double[] VIB_P = {2.5736, 2.7078, 2.6613, 2.0374, 2.1553, 2.2195,
        2.4077, 2.4772, 2.6409, 2.2981, 2.5073, 1.8380, 2.5236, 2.5015, 2.6186, 0.4947, 0.6062,
        0.5588, 0.4772, 0.4184, 0.9051, 0.5035, 0.5723, 0.6437, 0.6013, 0.5111, 0.4679, 0.4590,
        0.6666, 0.8630};

    /**
     * VIBRBEAM (a vibrating-beam laser measurement fit, CUTEst; SIF N. Gould 2008): f = Σᵢ
     * ((c₀ + c₁xᵢ + c₂xᵢ² + c₃xᵢ³)cos(d₀ + d₁xᵢ + d₂xᵢ² + d₃xᵢ³ − pᵢ) − vᵢ)² over 30
     * measurements; x0 = (−3.5, 1, 0, 0, 1.7, 0, 0, 0); f* = 0.15644607137 (SIF).
     */
    static TestProblem vibrbeam() {
        return Formula.terms("vibrbeam", new double[] {-3.5, 1, 0, 0, 1.7, 0, 0, 0},
                OptionalDouble.of(0.15644607137), sif("VIBRBEAM", "N. Gould 2008"), VIB_X.length,
                (e, u) -> {
                    double t = VIB_X[e];
                    Dual mag = Dual.sum(u[0], u[1].times(t), u[2].times(t * t), u[3].times(t * t * t));
                    Dual ph = Dual.sum(u[4], u[5].times(t), u[6].times(t * t), u[7].times(t * t * t))
                            .minus(VIB_P[e]);
                    return mag.times(ph.cos()).minus(VIB_V[e]).square();
                });
    }
}
