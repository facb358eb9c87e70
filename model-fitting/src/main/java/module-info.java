/** Least squares, likelihood fitting, standard errors and Hessian diagnostics. */
module dev.curvature.fit {
    requires transitive dev.curvature.api;
    requires transitive dev.curvature.newton;
    requires org.slf4j;

    exports dev.curvature.fit;
    exports dev.curvature.diagnostics;
}
