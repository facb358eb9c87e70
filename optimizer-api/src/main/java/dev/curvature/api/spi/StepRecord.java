package dev.curvature.api.spi;

/**
 * One step as the driver hands it to {@link CurvatureModel#update}: s = x₊ − x, y = ∇f(x₊) −
 * ∇f(x), the step length α along the direction the model gave (1 for a trust-region step), and
 * whether the step was accepted. For an accepted step x₊ is the new iterate; for a rejected
 * trust-region trial (only when the globalization hands those to the model, as N&amp;W Algorithm
 * 6.2 does for SR1) x₊ is the trial point and the iterate stays. A read-only view reused by the
 * driver from step to step: copy what you keep, modify nothing.
 */
public final class StepRecord {
    private double[] s;
    private double[] y;
    private double[] point;
    private double[] gradient;
    private double stepLength;
    private boolean accepted;

    StepRecord() {
    }

    /**
     * A record of one step, for exercising a model outside the driver (tests, plug-ins).
     *
     * @param s the step x₊ − x
     * @param y the change of gradient
     * @param point x₊ (may be null for models that use s and y only)
     * @param gradient ∇f(x₊) (may be null likewise)
     * @param stepLength α
     * @param accepted whether the iterate moved
     */
    public static StepRecord of(double[] s, double[] y, double[] point, double[] gradient,
            double stepLength, boolean accepted) {
        StepRecord r = new StepRecord();
        r.set(Checks.notNull(s, "s"), Checks.notNull(y, "y"), point, gradient, stepLength, accepted);
        return r;
    }

    void set(double[] s, double[] y, double[] point, double[] gradient, double stepLength,
            boolean accepted) {
        this.s = s;
        this.y = y;
        this.point = point;
        this.gradient = gradient;
        this.stepLength = stepLength;
        this.accepted = accepted;
    }

    /** s = x₊ − x. */
    public double[] s() {
        return s;
    }

    /** y = ∇f(x₊) − ∇f(x). */
    public double[] y() {
        return y;
    }

    /** x₊: the new iterate (accepted) or the refused trial point. */
    public double[] point() {
        return point;
    }

    /** ∇f(x₊). */
    public double[] gradient() {
        return gradient;
    }

    /** α: s = α·p for the model's direction p (1 for a trust-region step). */
    public double stepLength() {
        return stepLength;
    }

    /** False for a refused trust-region trial: the iterate did not move. */
    public boolean accepted() {
        return accepted;
    }
}
