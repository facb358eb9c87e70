package dev.curvature.api.spi;

import dev.curvature.api.Bounds;
import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.IterationListener;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.SecondOrder;
import dev.curvature.api.TerminationReason;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one iteration driver: a method is a {@link CurvatureProvider} (which direction), a
 * {@link Globalization} (how far) and {@link ConvergenceCriteria} (when to stop). Every optimizer
 * of Curvature is an instance of this class; none keeps a loop of its own.
 *
 * <p>One iteration: check the budgets; let the globalization make a step (it asks the model for a
 * direction or a model step); adopt the new point; update the model from s = x_{k+1} − x_k and
 * y = g_{k+1} − g_k; report the point to the listener; test convergence (at a point that meets
 * the gradient test, the model may check second-order conditions and leave a saddle). The shape follows Optim.jl's
 * generic loop and Ceres's minimizer (direction, step length and convergence as separate strategies).
 *
 * <p>Guarantees: {@code x0} is never mutated; the result carries the best point seen (never one
 * with f above f(x0); a converged last iterate whose value is within 10⁻⁶·max(1, |f|) of the
 * best counts as best, so that approximate-Wolfe noise does not trade a converged point for an
 * earlier one); exceptions from the objective or the listener, non-finite values and budgets
 * all end the run with a {@link TerminationReason} instead of an exception. Immutable and
 * thread-safe.
 *
 * <p>Bounds l ≤ x ≤ u ({@link #minimize(Objective, double[], Bounds, IterationListener)}) are
 * honoured when the globalization says it can keep its steps in the box with this curvature
 * ({@link Globalization#acceptsBounds}); the driver then projects x0 into the box, applies the
 * gradient test to the projected gradient ‖P(x − g) − x‖∞ (Byrd, Lu, Nocedal &amp; Zhu 1995, §6;
 * Lin &amp; Moré 1999, §2), skips the second-order check (the Hessian's inertia says nothing
 * about optimality on a face of the box) and reports the active set. It is the same loop.
 */
public final class IterativeOptimizer implements Optimizer {
    private static final Logger LOG = LoggerFactory.getLogger(IterativeOptimizer.class);
    /** Saddle escapes allowed per run. */
    static final int MAX_SADDLE_ESCAPES = 10;
    /** Relative band within which values count as equal when choosing the returned point. */
    static final double NOISE = 1e-6;

    private final String name;
    private final CurvatureProvider curvature;
    private final Globalization globalization;
    private final ConvergenceCriteria criteria;

    /**
     * Composes a method; the globalization checks that it can work with the curvature provider
     * ({@link Globalization#validate}), so an incoherent composition fails here, before any run.
     *
     * @param name the method's name, e.g. {@code "bfgs"}
     * @param curvature the direction / model source
     * @param globalization line search or trust region
     * @param criteria the stopping rules
     */
    public IterativeOptimizer(String name, CurvatureProvider curvature, Globalization globalization,
            ConvergenceCriteria criteria) {
        this.name = Checks.notNull(name, "name");
        this.curvature = Checks.notNull(curvature, "curvature");
        this.globalization = Checks.notNull(globalization, "globalization");
        this.criteria = Checks.notNull(criteria, "criteria");
        globalization.validate(curvature);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ConvergenceCriteria criteria() {
        return criteria;
    }

    public CurvatureProvider curvature() {
        return curvature;
    }

    public Globalization globalization() {
        return globalization;
    }

    @Override
    public IterativeOptimizer withCriteria(ConvergenceCriteria criteria) {
        return new IterativeOptimizer(name, curvature, globalization, criteria);
    }

    /** The same method under another name (for registering variants). */
    public IterativeOptimizer named(String newName) {
        return new IterativeOptimizer(newName, curvature, globalization, criteria);
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] x0, IterationListener listener) {
        return run(f, x0, null, listener);
    }

    /**
     * Minimizes over the box; refuses finite bounds when the globalization cannot keep its steps
     * in the box with this curvature ({@link Globalization#acceptsBounds}).
     */
    @Override
    public OptimizationResult minimize(Objective f, double[] x0, Bounds bounds,
            IterationListener listener) {
        Checks.notNull(f, "objective");
        Checks.bounds(bounds, f.dimension());
        if (!bounds.hasFiniteBound()) {
            return run(f, x0, null, listener);
        }
        if (!globalization.acceptsBounds(curvature)) {
            throw new IllegalArgumentException(Checks.boundsRefused(name));
        }
        return run(f, x0, bounds, listener);
    }

    /** Whether this method honours finite bounds. */
    public boolean acceptsBounds() {
        return globalization.acceptsBounds(curvature);
    }

    private OptimizationResult run(Objective f, double[] x0, Bounds bounds,
            IterationListener listener) {
        Checks.notNull(f, "objective");
        Checks.notNull(listener, "listener");
        int n = f.dimension();
        Checks.positive(n, "objective.dimension()");
        Checks.finitePoint(x0, n, "x0");
        long start = System.nanoTime();
        CountingObjective counted = new CountingObjective(f, criteria.maxEvaluations(),
                criteria.timeLimitNanos());
        CurvatureModel model = curvature.start(counted);
        RunState state = new RunState(counted, model, criteria, x0, bounds, start);
        int projected = bounds == null ? 0 : bounds.project(state.x, state.x);
        Run run = new Run(state, globalization.start(state), listener, projected);
        try {
            return run.execute();
        } catch (RuntimeException e) { // a defect of ours: never let it escape minimize
            LOG.error("{}: internal error", name, e);
            return run.internalError(e);
        }
    }

    @Override
    public String toString() {
        return name + "[" + curvature + ", " + globalization + "]";
    }

    /** One call of minimize: the loop and the best-point bookkeeping. */
    private final class Run {
        private final RunState st;
        private final Globalization.State session;
        private final IterationListener listener;
        private final IterationRecord view;
        private final StepRecord record = new StepRecord();
        /** The best point when the current one is not (after a step that raised f). */
        private double[] bestX;
        private double[] bestG;
        private double bestF;
        private double bestGNorm;
        private double f0 = Double.NaN;
        private boolean currentIsBest = true;
        private Throwable cause;
        private SecondOrder secondOrder = SecondOrder.UNCHECKED;
        private int saddleEscapes;
        /** The first-order measure at the best point (see {@link RunState#projectedGradientNorm}). */
        private double bestProjectedNorm;
        /** Entries of x0 moved into the box. */
        private final int projectedStart;

        Run(RunState st, Globalization.State session, IterationListener listener,
                int projectedStart) {
            this.st = st;
            this.projectedStart = projectedStart;
            this.view = new IterationRecord(st);
            this.session = session;
            this.listener = listener;
        }

        OptimizationResult execute() {
            try {
                st.f = st.objective().valueAndGradient(st.x, st.g);
            } catch (ObjectiveFailure | TimeLimitReached e) {
                cause = e instanceof ObjectiveFailure ? e.getCause() : null;
                st.f = Double.NaN;
                java.util.Arrays.fill(st.g, Double.NaN);
                st.gradientNorm = Double.NaN;
                st.projectedGradientNorm = Double.NaN;
                return e instanceof ObjectiveFailure ? finish(TerminationReason.OBJECTIVE_FAILED,
                        "the objective failed at x0: " + Checks.describe(cause))
                        : finish(TerminationReason.TIME_LIMIT, "the time limit passed before x0"
                                + " was evaluated");
            }
            st.measureGradient();
            if (!Double.isFinite(st.f) || !Double.isFinite(st.gradientNorm)) {
                return finish(TerminationReason.NON_FINITE,
                        "f(x0) = " + st.f + ", ‖g(x0)‖∞ = " + st.gradientNorm);
            }
            bestF = st.f;
            f0 = st.f;
            TerminationReason reason = callListener();
            if (reason != null) {
                return finish(reason, listenerMessage());
            }
            if (criteria.gradientConverged(st.projectedGradientNorm, st.f) && !escapingSaddle()) {
                return finish(TerminationReason.GRADIENT_TOLERANCE, gradientMessage());
            }
            while (true) {
                if (Thread.currentThread().isInterrupted()) {
                    return finish(TerminationReason.INTERRUPTED,
                            "the thread was interrupted after iteration " + st.iteration);
                }
                if (st.iteration >= criteria.maxIterations()) {
                    return finish(TerminationReason.MAX_ITERATIONS,
                            "iterations: " + st.iteration + " ≥ " + criteria.maxIterations());
                }
                if (st.elapsedNanos() >= criteria.timeLimitNanos()) {
                    return timeLimit();
                }
                double fPrevious = st.f;
                int callsBefore = st.objective().calls();
                StepOutcome outcome;
                try {
                    outcome = session.step(st);
                    while (outcome instanceof StepOutcome.RetryAfterReset) {
                        outcome = st.model().reset() ? session.step(st) : session.giveUp(st);
                    }
                } catch (ObjectiveFailure e) {
                    cause = e.getCause();
                    return finish(TerminationReason.OBJECTIVE_FAILED, e.getMessage());
                } catch (EvaluationBudgetExhausted e) {
                    return finish(TerminationReason.MAX_EVALUATIONS, "evaluations: "
                            + st.objective().calls() + " ≥ " + criteria.maxEvaluations());
                } catch (TimeLimitReached e) {
                    return timeLimit();
                }
                st.stepEvaluations = st.objective().calls() - callsBefore;
                if (outcome instanceof StepOutcome.Failed failed) {
                    if (failed.movedTo()) {
                        adoptTrial(failed.value(), failed.stepLength());
                    }
                    return finish(failed.reason(), failed.message(), !failed.isJustified());
                }
                double xNorm;
                try {
                    if (outcome instanceof StepOutcome.Rejected rejected) {
                        st.accepted = false;
                        if (rejected.gradientKnown()) {
                            Vectors.subtract(st.gTrial, st.g, st.y);
                            record.set(rejected.step(), st.y, st.xTrial, st.gTrial, 1, false);
                            st.model().update(record);
                        }
                        reason = callListener();
                        if (reason != null) {
                            return finish(reason, listenerMessage());
                        }
                        continue;
                    }
                    StepOutcome.Accepted step = (StepOutcome.Accepted) outcome;
                    xNorm = adoptTrial(step.value(), step.stepLength());
                    record.set(st.s, st.y, st.x, st.g, step.stepLength(), true);
                    st.model().update(record);
                } catch (ObjectiveFailure e) {
                    cause = e.getCause();
                    return finish(TerminationReason.OBJECTIVE_FAILED, e.getMessage());
                }
                reason = callListener();
                if (reason != null) {
                    return finish(reason, listenerMessage());
                }
                if (criteria.gradientConverged(st.projectedGradientNorm, st.f)) {
                    if (!escapingSaddle()) {
                        return finish(TerminationReason.GRADIENT_TOLERANCE, gradientMessage());
                    }
                } else if (criteria.valueConverged(fPrevious, st.f)) {
                    return finish(TerminationReason.VALUE_TOLERANCE, String.format(
                            "|Δf| = %.3e ≤ %.1e·max(1, |f|)", Math.abs(fPrevious - st.f),
                            criteria.valueTolerance()));
                }
                if (criteria.stepConverged(st.stepNorm, xNorm)) {
                    return finish(TerminationReason.STEP_TOLERANCE, String.format(
                            "‖Δx‖∞ = %.3e ≤ %.1e·max(1, ‖x‖∞)", st.stepNorm,
                            criteria.stepTolerance()));
                }
            }
        }

        /**
         * At a point that meets the gradient test: asks the model about ∇²f there and, when it is
         * not positive definite, whether it can leave along negative curvature (at most
         * {@link #MAX_SADDLE_ESCAPES} times a run, so that a run cannot cycle between saddles).
         *
         * @return true to keep iterating
         */
        private boolean escapingSaddle() {
            if (st.bounds() != null) {
                return false; // on a face of the box ∇²f's inertia does not decide optimality
            }
            try {
                secondOrder = st.model().checkSecondOrder(st.x, st.g);
                if (secondOrder != SecondOrder.NOT_POSITIVE_DEFINITE
                        || saddleEscapes >= MAX_SADDLE_ESCAPES
                        || !st.model().escapeSaddle(st.x, st.g)) {
                    return false;
                }
            } catch (ObjectiveFailure e) {
                cause = e.getCause();
                secondOrder = SecondOrder.UNCHECKED;
                return false;
            } catch (EvaluationBudgetExhausted | TimeLimitReached e) {
                // the gradient test is met; the budget only ran out for the second-order check
                secondOrder = SecondOrder.UNCHECKED;
                return false;
            }
            saddleEscapes++;
            secondOrder = SecondOrder.UNCHECKED;
            LOG.debug("{}: leaving a saddle at iteration {} (f = {})", name, st.iteration, st.f);
            return true;
        }

        /**
         * Makes the trial point current: s, y, ‖s‖∞, ‖x_{k+1}‖∞ and ‖g_{k+1}‖∞ in one pass over
         * the four vectors, then swap the arrays.
         *
         * @return ‖x_{k+1}‖∞
         */
        private double adoptTrial(double value, double stepLength) {
            double[] x = st.x;
            double[] g = st.g;
            double[] xt = st.xTrial;
            double[] gt = st.gTrial;
            double[] s = st.s;
            double[] y = st.y;
            double stepNorm = 0;
            double xNorm = 0;
            double gNorm = 0; // as Vectors.normInf: Math.max propagates NaN
            for (int i = 0; i < x.length; i++) {
                double xi = xt[i];
                double gi = gt[i];
                double si = xi - x[i];
                s[i] = si;
                y[i] = gi - g[i];
                stepNorm = Math.max(stepNorm, Math.abs(si));
                xNorm = Math.max(xNorm, Math.abs(xi));
                gNorm = Math.max(gNorm, Math.abs(gi));
            }
            if (value > bestF) {
                if (currentIsBest) {
                    saveBest();
                }
            } else {
                currentIsBest = true;
                bestF = value;
            }
            st.x = xt;
            st.xTrial = x;
            st.g = gt;
            st.gTrial = g;
            st.f = value;
            st.gradientNorm = gNorm;
            st.projectedGradientNorm = st.bounds() == null ? gNorm
                    : st.bounds().projectedGradientNorm(st.x, st.g);
            st.stepNorm = stepNorm;
            st.stepLength = stepLength;
            st.accepted = true;
            st.iteration++;
            return xNorm;
        }

        /**
         * True when the run converged at the current iterate and its value exceeds the best seen
         * only within the noise band of approximate-Wolfe searches (10⁻⁶·max(1, |f|), Hager &amp;
         * Zhang 2005's ε), never above f(x0): then the current iterate, which meets the
         * convergence test, is the better answer than an earlier point of equal value whose
         * gradient is larger.
         */
        private boolean convergedWithinNoise(TerminationReason reason) {
            return reason.converged() && st.f <= f0
                    && st.f - bestF <= NOISE * Math.max(1, Math.abs(bestF));
        }

        private void saveBest() {
            if (bestX == null) {
                bestX = new double[st.x.length];
                bestG = new double[st.x.length];
            }
            Vectors.copy(st.x, bestX);
            Vectors.copy(st.g, bestG);
            bestF = st.f;
            bestGNorm = st.gradientNorm;
            bestProjectedNorm = st.projectedGradientNorm;
            currentIsBest = false;
        }

        /** Calls the listener; returns STOPPED_BY_LISTENER when it stops or throws the run. */
        private TerminationReason callListener() {
            try {
                view.refresh();
                return listener.onIteration(view) ? null : TerminationReason.STOPPED_BY_LISTENER;
            } catch (RuntimeException e) {
                cause = e;
                return TerminationReason.STOPPED_BY_LISTENER;
            }
        }

        private String listenerMessage() {
            return cause == null ? "the listener asked to stop at iteration " + st.iteration
                    : "the listener threw at iteration " + st.iteration + ": "
                            + Checks.describe(cause);
        }

        private String gradientMessage() {
            return String.format("%s = %.3e ≤ max(%.1e, %.1e·max(1, |f|))",
                    st.firstOrderSymbol(), st.projectedGradientNorm,
                    criteria.gradientTolerance(), criteria.relativeGradientTolerance());
        }

        private OptimizationResult timeLimit() {
            return finish(TerminationReason.TIME_LIMIT, "elapsed "
                    + Duration.ofNanos(st.elapsedNanos()) + " ≥ "
                    + Duration.ofNanos(criteria.timeLimitNanos()));
        }

        /** The result after an unexpected exception of ours (the best point seen, the cause). */
        OptimizationResult internalError(RuntimeException e) {
            cause = e;
            if (Double.isNaN(f0)) {
                // failed before x0 was accepted: report x0 as given
                st.f = Double.NaN;
                java.util.Arrays.fill(st.g, Double.NaN);
                st.gradientNorm = Double.NaN;
                st.projectedGradientNorm = Double.NaN;
            }
            return finish(TerminationReason.INTERNAL_ERROR, Checks.describe(e));
        }

        private OptimizationResult finish(TerminationReason reason, String detail) {
            return finish(reason, detail, true);
        }

        /**
         * The result: the best point seen, and a reason that is true of it. A converged reason
         * met at the last iterate is dropped when the best point is another one that does not
         * meet the gradient test; with {@code vet}, a function-change or step stop (or f's
         * precision limit) counts as converged only where {@link RunState#stallReason} finds the
         * gradient near its tolerance or explained by f's noise, and is reported as
         * {@link TerminationReason#STALLED} otherwise.
         */
        private OptimizationResult finish(TerminationReason reason, String detail, boolean vet) {
            boolean useCurrent = currentIsBest || convergedWithinNoise(reason);
            double[] point = (useCurrent ? st.x : bestX).clone();
            double[] gradient = (useCurrent ? st.g : bestG).clone();
            double value = useCurrent ? st.f : bestF;
            double gNorm = useCurrent ? st.gradientNorm : bestGNorm;
            double firstOrder = useCurrent ? st.projectedGradientNorm : bestProjectedNorm;
            CountingObjective c = st.objective();
            if (reason.converged() && !useCurrent
                    && !criteria.gradientConverged(firstOrder, value)) {
                // the test was met at the last iterate, which is not the point returned
                detail = String.format("%s was met at the last iterate (f = %.6e), a point above"
                        + " the best one seen; the best point (f = %.6e, ‖g‖∞ = %.3e) does not"
                        + " meet the gradient test", reason.description(), st.f, value, gNorm);
                reason = TerminationReason.STALLED;
            } else if (vet && (reason == TerminationReason.VALUE_TOLERANCE
                    || reason == TerminationReason.STEP_TOLERANCE)) {
                String stall = useCurrent ? st.stallReason() : st.stallReason(firstOrder, value);
                if (stall != null) {
                    detail = reason.description() + " (" + detail + "), but " + stall;
                    reason = TerminationReason.STALLED;
                } else if (!criteria.gradientConverged(firstOrder, value)) {
                    detail += String.format(" (%s = %.3e: within f's noise or %.0e × the"
                            + " gradient tolerance)", st.firstOrderSymbol(), firstOrder,
                            RunState.NEAR_TOLERANCE);
                }
            }
            String message = reason.description() + ": " + detail;
            if (reason.converged() && cause != null) {
                message += " (the second-order check failed: " + cause + ")";
            }
            if (!useCurrent) {
                message += String.format(" (the last iterate had f = %.6e; the best point seen,"
                        + " f = %.6e, is returned)", st.f, value);
            }
            Bounds bounds = st.bounds();
            int[] active = bounds == null ? new int[0] : bounds.activeSet(point);
            if (bounds != null) {
                message += String.format(" (‖P(x − g) − x‖∞ = %.3e, %d of %d bounds active)",
                        firstOrder, active.length, point.length);
            }
            if (projectedStart > 0) {
                message += " (x0 lay outside the bounds: " + projectedStart + " of its entries"
                        + " were projected onto them before the run)";
            }
            Duration elapsed = Duration.ofNanos(st.elapsedNanos());
            LOG.debug("{} finished: {}", name, message);
            return new OptimizationResult(point, value, gradient, gNorm, st.iteration,
                    c.valueEvaluations(), c.gradientEvaluations(), c.hessianEvaluations(), reason,
                    elapsed, message, Optional.ofNullable(cause),
                    useCurrent ? secondOrder : SecondOrder.UNCHECKED, firstOrder, active,
                    projectedStart > 0);
        }
    }
}
