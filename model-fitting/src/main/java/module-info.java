/**
 * Least squares, likelihood fitting, standard errors and Hessian diagnostics; Commons Math
 * adapters; registers {@code hybrid-newton}.
 */
module dev.curvature.fit {
    requires transitive dev.curvature.api;
    requires transitive dev.curvature.newton;
    requires dev.curvature.quasinewton;
    requires org.slf4j;

    exports dev.curvature.fit;
    exports dev.curvature.fit.commons;
    exports dev.curvature.diagnostics;

    provides dev.curvature.api.spi.OptimizerProvider with dev.curvature.fit.FittingMethods;
}
