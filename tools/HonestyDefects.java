import dev.curvature.api.*;

/**
 * Issue 17's defects as a user meets them, through the public API only. Run from the repository
 * root against the command-line jar (which holds every method):
 * {@code java -cp bench/target/curvature.jar tools/HonestyDefects.java}.
 */
public class HonestyDefects {
    static TwiceDifferentiable rosen(double scale, double bound) {
        return TwiceDifferentiable.of(2, x -> Math.abs(x[0]) > bound || Math.abs(x[1]) > bound
                ? Double.NEGATIVE_INFINITY
                : scale * (100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2)),
                (x, g) -> { g[0] = scale * (-400 * x[0] * (x[1] - x[0] * x[0]) - 2 * (1 - x[0]));
                            g[1] = scale * 200 * (x[1] - x[0] * x[0]); },
                (x, h) -> { h.set(0, 0, scale * (1200 * x[0] * x[0] - 400 * x[1] + 2));
                            h.set(0, 1, scale * -400 * x[0]); h.set(1, 0, scale * -400 * x[0]);
                            h.set(1, 1, scale * 200); });
    }

    public static void main(String[] args) {
        for (String m : new String[] {"damped-newton", "saddle-free-newton"}) {
            OptimizationResult r = Optimizers.named(m).minimize(rosen(1, 3), new double[] {-2.9, 0.5});
            System.out.printf("1 %-20s f = %s%n", m, r.value());
        }
        TwiceDifferentiable concave = TwiceDifferentiable.of(1, x -> -x[0] * x[0],
                (x, g) -> g[0] = -2 * x[0], (x, h) -> h.set(0, 0, -2));
        OptimizationResult r = Optimizers.named("newton").minimize(concave, new double[] {1});
        System.out.printf("2 newton -x² from 1: %s converged=%s x=%s%n", r.termination(), r.converged(), r.point()[0]);
        for (String m : new String[] {"sr1", "newton-trust-region-cg"}) {
            r = Optimizers.named(m).minimize(rosen(1e200, Double.POSITIVE_INFINITY), new double[] {-1.2, 1});
            System.out.printf("3 %-22s 1e200·Rosenbrock: %s converged=%s it=%d ‖g‖∞=%.3e%n", m,
                    r.termination(), r.converged(), r.iterations(), r.gradientNorm());
        }
        RuntimeException broken = new RuntimeException() {
            @Override public String getMessage() { throw new IllegalStateException("no message"); }
        };
        TwiceDifferentiable good = rosen(1, Double.POSITIVE_INFINITY);
        int[] calls = {0};
        TwiceDifferentiable throwing = TwiceDifferentiable.of(2, x -> {
            if (++calls[0] == 3) { throw broken; }
            return good.value(x);
        }, good::gradient, good::hessian);
        try {
            r = Optimizers.named("bfgs").minimize(throwing, new double[] {-1.2, 1});
            System.out.printf("5 bfgs broken getMessage: %s, cause kept: %s%n", r.termination(),
                    r.cause().orElse(null) == broken);
        } catch (RuntimeException e) {
            System.out.println("5 bfgs broken getMessage: threw " + e.getClass().getName());
        }
        r = Optimizers.named("bfgs").minimize(good, new double[] {-1.2, 1}, info -> {
            info.point()[0] = 1e3; return true; });
        System.out.printf("7a listener scribbles: reported f = %.6e, f(point) = %.6e%n", r.value(), good.value(r.point()));
        try {
            Objective.of(2, null, (x, g) -> { });
            System.out.println("7b null lambda: accepted");
        } catch (RuntimeException e) {
            System.out.println("7b null lambda: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            r = Optimizers.named("damped-newton").minimize(TwiceDifferentiable.of(50_000, x -> 0,
                    (x, g) -> { }, (x, h) -> { }), new double[50_000]);
            System.out.println("7b n = 50000 damped-newton: " + r.termination());
        } catch (Throwable e) {
            System.out.println("7b n = 50000 damped-newton: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
