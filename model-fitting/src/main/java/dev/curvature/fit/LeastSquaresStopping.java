package dev.curvature.fit;

import dev.curvature.api.spi.CurvatureProvider;
import dev.curvature.api.spi.Globalization;
import dev.curvature.api.spi.RunState;
import dev.curvature.api.spi.StepOutcome;

/**
 * Adds the scale-free least-squares stopping tests of {@link LeastSquaresModel#stoppingTest} to
 * a globalization: before each step it asks the run's Gauss–Newton or Levenberg–Marquardt model
 * whether the current iterate passes, and if so ends the run with the verdict's (converged)
 * reason instead of stepping. In a box the tests are those of the face the iterate lies on: the
 * parameters held at a bound by the gradient are left out ({@link LeastSquaresModel#fixAtBounds}).
 *
 * <p>Why here: the shared {@link dev.curvature.api.ConvergenceCriteria} test ‖∇f‖∞ and |Δf|
 * against absolute thresholds (relative only above |f| = 1), which depend on the units of the
 * data and the parameters; the relative-offset criterion of Bates &amp; Watts (1981) — the
 * convergence test of R's {@code nls} — compares the remaining Gauss–Newton correction with the
 * statistical uncertainty of the fit, and needs J's QR factors that only the model holds. The
 * driver's own criteria and budgets stay in force. Immutable.
 */
final class LeastSquaresStopping implements Globalization {
    private final Globalization inner;
    private final double offsetTolerance;
    private final double stepTolerance;

    LeastSquaresStopping(Globalization inner, double offsetTolerance, double stepTolerance) {
        this.inner = inner;
        this.offsetTolerance = offsetTolerance;
        this.stepTolerance = stepTolerance;
    }

    @Override
    public State start(RunState state) {
        if (!(state.model() instanceof LeastSquaresModel model)) {
            throw new IllegalArgumentException("curvature: the least-squares stopping tests need "
                    + "GaussNewton or LevenbergMarquardt curvature, got " + state.model());
        }
        State inner = this.inner.start(state);
        StepOutcome.Failed stop = new StepOutcome.Failed();
        return new State() {
            @Override
            public StepOutcome step(RunState st) {
                if (st.bounds() != null) {
                    model.fixAtBounds(st.point(), st.gradient(), st.bounds());
                }
                Verdict verdict = model.stoppingTest(st.point(), offsetTolerance, stepTolerance);
                return verdict != null ? stop.set(verdict.reason(), verdict.message()).justified()
                        : inner.step(st);
            }

            @Override
            public StepOutcome.Failed giveUp(RunState st) {
                return inner.giveUp(st);
            }
        };
    }

    @Override
    public void validate(CurvatureProvider curvature) {
        inner.validate(curvature);
    }

    @Override
    public boolean acceptsBounds(CurvatureProvider curvature) {
        return inner.acceptsBounds(curvature);
    }

    @Override
    public String toString() {
        return inner + " with least-squares stopping [relativeOffset=" + offsetTolerance
                + ", scaledStep=" + stepTolerance + "]";
    }
}
