package dev.curvature.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Least-squares problems of the extended set from CUTEst (SIF files in
 * https://bitbucket.org/optrove/sif): Palmer's linear data fits and the Lukšan–Vlček problems
 * of CUTEst's LUKSAN*LS family (Lukšan &amp; Vlček 1999, "Sparse and partially separable test
 * problems for unconstrained and equality constrained optimization", TR 767, ICS Prague;
 * SIF input N. Gould 2017). Formulas and data were transcribed from the SIF files as ported to
 * Python by sif2jax (github.com/johannahaffner/sif2jax, checked there against pycutest). Each
 * factory's Javadoc gives the problem; f = Σrᵢ² as in the SIF files.
 */
final class LeastSquaresCutest {
    private static final OptionalDouble NONE = OptionalDouble.empty();

    private LeastSquaresCutest() {
    }

    static List<TestProblem> problems() {
        List<TestProblem> list = new ArrayList<>();
        list.add(palmer("palmer1c", PALMER1C_X, PALMER1C_Y, 8, OptionalDouble.of(9.7605048e-2)));
        list.add(palmer("palmer1d", PALMER1C_X, PALMER1C_Y, 7, NONE));
        list.add(palmer("palmer2c", PALMER2C_X, PALMER2C_Y, 8, OptionalDouble.of(1.4368886e-2)));
        list.add(palmer("palmer3c", PALMER3C_X, PALMER3C_Y, 8, OptionalDouble.of(1.9537639e-2)));
        list.add(palmer("palmer4c", PALMER4C_X, PALMER4C_Y, 8, OptionalDouble.of(5.0310687e-2)));
        list.add(luksan11(99));
        list.add(luksan12(32));
        list.add(luksan13(32));
        list.add(luksan14(32));
        list.add(luksan16(49));
        list.add(luksan17(49));
        return list;
    }

    /**
     * PALMER1C, PALMER1D, PALMER2C, PALMER3C, PALMER4C (M. Palmer, Edinburgh, private
     * communication; SIF N. Gould 1990): linear least-squares fits of quantum-chemistry energy
     * curves, f = Σᵢ (Σ_{j&lt;p} aⱼxᵢ^{2j} − yᵢ)² in the p = 8 (C) or 7 (D) coefficients a;
     * x0 = (1, …, 1). f* is the SIF value for 1C (0.097605048), 2C (0.014368886), 3C
     * (0.019537639) and 4C (0.050310687); the exact linear least-squares minimum of the data
     * (computed here with an SVD) agrees to 10⁻⁸ for 2C–4C and is 7·10⁻⁶ lower for 1C. For 1D
     * the SIF value 0.652673985 is 8.6·10⁻⁶ below the data's exact minimum 0.6526826, more than
     * the solved tolerance, so f* is empty.
     */
    static TestProblem palmer(String name, double[] x, double[] y, int p, OptionalDouble fStar) {
        return Formula.terms(name, Problem.filled(p, 1), fStar,
                "CUTEst " + name.toUpperCase(java.util.Locale.ROOT)
                        + " (M. Palmer, Edinburgh, private communication)", x.length, (e, a) -> {
                    double t = x[e] * x[e];
                    Dual s = a[p - 1];
                    for (int j = p - 2; j >= 0; j--) {
                        s = s.times(t).plus(a[j]);
                    }
                    return s.minus(y[e]).square();
                });
    }

    private static String lv(String name, String problem) {
        return "CUTEst " + name + " (Lukšan & Vlček 1999, TR 767, problem " + problem + ")";
    }

    /**
     * LUKSAN11LS (Lukšan &amp; Vlček 1999, problem 2.1, chained serpentine function): n = s + 1,
     * residuals 20xᵢ/(1 + xᵢ²) − 10x_{i+1} and xᵢ − 1 for i = 1…s; s = 99 (n = 100);
     * x0 = (−0.8, …); no minimum in the SIF file.
     */
    static TestProblem luksan11(int s) {
        Problem.atLeast(s, 1, "luksan11ls");
        int n = s + 1;
        return new Formula("luksan11ls", Problem.filled(n, -0.8), NONE, lv("LUKSAN11LS", "2.1"),
                m -> luksan11(Problem.atLeast(m, 2, "luksan11ls") - 1), 2 * s, 2, (e, idx) -> AdElementSum.window(idx, e / 2, 2),
                (e, u) -> e % 2 == 0
                        ? u[0].times(20).div(u[0].square().plus(1)).minus(u[1].times(10)).square()
                        : u[0].minus(1).square());
    }

    /** n = 3s + 2 for the block problems 12–14, which take x[3b … 3b + 4] for block b. */
    private static int blocks3(int n, String name) {
        if (n < 5 || (n - 2) % 3 != 0) {
            throw new IllegalArgumentException("n: " + name + " needs n = 3s + 2, s >= 1, was " + n);
        }
        return (n - 2) / 3;
    }

    /**
     * LUKSAN12LS (Lukšan &amp; Vlček 1999, problem 2.2, chained and modified HS47): n = 3s + 2,
     * for each block x = x[3b … 3b + 4] the residuals 10x₀² − 10x₁, x₂ − 1, (x₃ − 1)², (x₄ − 1)³,
     * x₃x₀² + sin(x₃ − x₄) − 10, x₂⁴x₃² + x₁ − 20; s = 32 (n = 98); x0 = (−1, …, −1); no minimum
     * in the SIF file.
     */
    static TestProblem luksan12(int s) {
        Problem.atLeast(s, 1, "luksan12ls");
        return new Formula("luksan12ls", Problem.filled(3 * s + 2, -1), NONE,
                lv("LUKSAN12LS", "2.2"), m -> luksan12(blocks3(m, "luksan12ls")), 6 * s, 5,
                (e, idx) -> AdElementSum.window(idx, 3 * (e / 6), 5), (e, x) -> {
                    switch (e % 6) {
                        case 0: return x[0].square().times(10).minus(x[1].times(10)).square();
                        case 1: return x[2].minus(1).square();
                        case 2: return x[3].minus(1).square().square();
                        case 3: return x[4].minus(1).cube().square();
                        case 4: return x[3].times(x[0].square()).plus(x[3].minus(x[4]).sin())
                                .minus(10).square();
                        default: return x[2].pow(4).times(x[3].square()).plus(x[1]).minus(20)
                                .square();
                    }
                });
    }

    /**
     * LUKSAN13LS (Lukšan &amp; Vlček 1999, problem 2.3, chained and modified HS48): n = 3s + 2,
     * per block the residuals 10x₀² − 10x₁, 10x₁² − 10x₂, (x₂ − x₃)², (x₃ − x₄)²,
     * x₀ + x₂ + x₁² − 30, x₁ + x₃ − x₂² − 10, x₀x₄ − 10; s = 32 (n = 98); x0 = (−1, …, −1); no
     * minimum in the SIF file.
     */
    static TestProblem luksan13(int s) {
        Problem.atLeast(s, 1, "luksan13ls");
        return new Formula("luksan13ls", Problem.filled(3 * s + 2, -1), NONE,
                lv("LUKSAN13LS", "2.3"), m -> luksan13(blocks3(m, "luksan13ls")), 7 * s, 5,
                (e, idx) -> AdElementSum.window(idx, 3 * (e / 7), 5), (e, x) -> {
                    switch (e % 7) {
                        case 0: return x[0].square().minus(x[1]).times(10).square();
                        case 1: return x[1].square().minus(x[2]).times(10).square();
                        case 2: return x[2].minus(x[3]).square().square();
                        case 3: return x[3].minus(x[4]).square().square();
                        case 4: return x[0].plus(x[2]).plus(x[1].square()).minus(30).square();
                        case 5: return x[1].plus(x[3]).minus(x[2].square()).minus(10).square();
                        default: return x[0].times(x[4]).minus(10).square();
                    }
                });
    }

    /**
     * LUKSAN14LS (Lukšan &amp; Vlček 1999, problem 2.4, chained and modified HS49): n = 3s + 2,
     * per block the residuals 10x₀² − 10x₁, x₁ + x₂ − 2, x₃ − 1, x₄ − 1, x₀ + 3x₁,
     * x₂ + x₃ − 2x₄, 10x₁² − 10x₄; s = 32 (n = 98); x0 = (−1, …, −1); no minimum in the SIF
     * file.
     */
    static TestProblem luksan14(int s) {
        Problem.atLeast(s, 1, "luksan14ls");
        return new Formula("luksan14ls", Problem.filled(3 * s + 2, -1), NONE,
                lv("LUKSAN14LS", "2.4"), m -> luksan14(blocks3(m, "luksan14ls")), 7 * s, 5,
                (e, idx) -> AdElementSum.window(idx, 3 * (e / 7), 5), (e, x) -> {
                    switch (e % 7) {
                        case 0: return x[0].square().minus(x[1]).times(10).square();
                        case 1: return x[1].plus(x[2]).minus(2).square();
                        case 2: return x[3].minus(1).square();
                        case 3: return x[4].minus(1).square();
                        case 4: return x[0].plus(x[1].times(3)).square();
                        case 5: return x[2].plus(x[3]).minus(x[4].times(2)).square();
                        default: return x[1].square().minus(x[4]).times(10).square();
                    }
                });
    }

    /** n = 2s + 2 for problems 16 and 17, which take x[2b … 2b + 3] for block b. */
    private static int blocks2(int n, String name) {
        if (n < 4 || n % 2 != 0) {
            throw new IllegalArgumentException("n: " + name + " needs n = 2s + 2, s >= 1, was " + n);
        }
        return (n - 2) / 2;
    }

    private static double[] luksanStart(int n) {
        return Problem.tile(new double[] {-0.8, 1.2, -1.2, 0.8}, n);
    }

    private static final double[] Y16 = {35.8, 11.2, 6.2, 4.4};

    /**
     * LUKSAN16LS (Lukšan &amp; Vlček 1999, problem 2.6, chained modified Broyden-like exponential
     * system): n = 2s + 2, per block x = x[2b … 2b + 3] with σ = x₀ + 2x₁ + 3x₂ + 4x₃ the
     * residuals Σ_{p=1}^{3} (p²/l)e^{σ/(pl)} − Y_l, l = 1…4, Y = (35.8, 11.2, 6.2, 4.4);
     * s = 49 (n = 100); x0 = (−0.8, 1.2, −1.2, 0.8, …); no minimum in the SIF file.
     */
    static TestProblem luksan16(int s) {
        Problem.atLeast(s, 1, "luksan16ls");
        return new Formula("luksan16ls", luksanStart(2 * s + 2), NONE, lv("LUKSAN16LS", "2.6"),
                m -> luksan16(blocks2(m, "luksan16ls")), 4 * s, 4,
                (e, idx) -> AdElementSum.window(idx, 2 * (e / 4), 4), (e, x) -> {
                    int l = e % 4 + 1;
                    Dual sigma = Dual.sum(x[0], x[1].times(2), x[2].times(3), x[3].times(4));
                    Dual r = sigma.times(1.0 / l).exp().times(1.0 / l);
                    for (int p = 2; p <= 3; p++) {
                        r = r.plus(sigma.times(1.0 / (p * l)).exp().times((double) p * p / l));
                    }
                    return r.minus(Y16[l - 1]).square();
                });
    }

    private static final double[] Y17 = {30.6, 72.2, 124.4, 187.4};

    /**
     * LUKSAN17LS (Lukšan &amp; Vlček 1999, problem 2.7, chained trigonometric system): n = 2s + 2,
     * per block x = x[2b … 2b + 3] the residuals −lΣ_{q=1}^{4} q² sin x_q + l²Σ_{q=1}^{4} q cos x_q
     * − Y_l, l = 1…4, Y = (30.6, 72.2, 124.4, 187.4); s = 49 (n = 100);
     * x0 = (−0.8, 1.2, −1.2, 0.8, …); no minimum in the SIF file.
     */
    static TestProblem luksan17(int s) {
        Problem.atLeast(s, 1, "luksan17ls");
        return new Formula("luksan17ls", luksanStart(2 * s + 2), NONE, lv("LUKSAN17LS", "2.7"),
                m -> luksan17(blocks2(m, "luksan17ls")), 4 * s, 4,
                (e, idx) -> AdElementSum.window(idx, 2 * (e / 4), 4), (e, x) -> {
                    int l = e % 4 + 1;
                    Dual r = x[0].sin().times(-l).plus(x[0].cos().times((double) l * l));
                    for (int q = 2; q <= 4; q++) {
                        r = r.plus(x[q - 1].sin().times(-l * q * q))
                                .plus(x[q - 1].cos().times((double) l * l * q));
                    }
                    return r.minus(Y17[l - 1]).square();
                });
    }

    static final double[] PALMER1C_X = {
        -1.788963, -1.745329, -1.658063, -1.570796, -1.483530, -1.396263, -1.308997, -1.218612,
        -1.134464, -1.047198, -0.872665, -0.698132, -0.523599, -0.349066, -0.174533, 0.0000000,
        1.788963, 1.745329, 1.658063, 1.570796, 1.483530, 1.396263, 1.308997, 1.218612, 1.134464,
        1.047198, 0.872665, 0.698132, 0.523599, 0.349066, 0.174533, -1.8762289, -1.8325957,
        1.8762289, 1.8325957};
    static final double[] PALMER1C_Y = {
        78.596218, 65.77963, 43.96947, 27.038816, 14.6126, 6.2614, 1.538330, 0.000000, 1.188045,
        4.6841, 16.9321, 33.6988, 52.3664, 70.1630, 83.4221, 88.3995, 78.596218, 65.77963,
        43.96947, 27.038816, 14.6126, 6.2614, 1.538330, 0.000000, 1.188045, 4.6841, 16.9321,
        33.6988, 52.3664, 70.1630, 83.4221, 108.18086, 92.733676, 108.18086, 92.733676};
    static final double[] PALMER2C_X = {
        -1.745329, -1.570796, -1.396263, -1.221730, -1.047198, -0.937187, -0.872665, -0.698132,
        -0.523599, -0.349066, -0.174533, 0.0, 0.174533, 0.349066, 0.523599, 0.698132, 0.872665,
        0.937187, 1.047198, 1.221730, 1.396263, 1.570796, 1.745329};
    static final double[] PALMER2C_Y = {
        72.676767, 40.149455, 18.8548, 6.4762, 0.8596, 0.00000, 0.2730, 3.2043, 8.1080, 13.4291,
        17.7149, 19.4529, 17.7149, 13.4291, 8.1080, 3.2053, 0.2730, 0.00000, 0.8596, 6.4762,
        18.8548, 40.149455, 72.676767};
    static final double[] PALMER3C_X = {
        -1.658063, -1.570796, -1.396263, -1.221730, -1.047198, -0.872665, -0.766531, -0.698132,
        -0.523599, -0.349066, -0.174533, 0.0, 0.174533, 0.349066, 0.523599, 0.698132, 0.766531,
        0.872665, 1.047198, 1.221730, 1.396263, 1.570796, 1.658063};
    static final double[] PALMER3C_Y = {
        64.87939, 50.46046, 28.2034, 13.4575, 4.6547, 0.59447, 0.0000, 0.2177, 2.3029, 5.5191,
        8.5519, 9.8919, 8.5519, 5.5191, 2.3029, 0.2177, 0.0000, 0.59447, 4.6547, 13.4575,
        28.2034, 50.46046, 64.87939};
    private static final double[] PALMER4C_X = {
        -1.658063, -1.570796, -1.396263, -1.221730, -1.047198, -0.872665, -0.741119, -0.698132,
        -0.523599, -0.349066, -0.174533, 0.0, 0.174533, 0.349066, 0.523599, 0.698132, 0.741119,
        0.872665, 1.047198, 1.221730, 1.396263, 1.570796, 1.658063};
    private static final double[] PALMER4C_Y = {
        67.27625, 52.8537, 30.2718, 14.9888, 5.5675, 0.92603, 0.0, 0.085108, 1.867422, 5.014768,
        8.263520, 9.8046208, 8.263520, 5.014768, 1.867422, 0.085108, 0.0, 0.92603, 5.5675,
        14.9888, 30.2718, 52.8537, 67.27625};
}
