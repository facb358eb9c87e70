/** Newton's methods; registers {@code newton}, {@code damped-newton}, {@code newton-cg}, … */
module dev.curvature.newton {
    requires transitive dev.curvature.api;
    requires transitive dev.curvature.linesearch;
    requires transitive dev.curvature.trustregion;
    requires transitive commons.math3;
    requires org.slf4j;

    exports dev.curvature.newton;

    provides dev.curvature.api.spi.OptimizerProvider with dev.curvature.newton.NewtonMethods;
}
