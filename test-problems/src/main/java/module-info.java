/** The MGH and CUTEst-style test problems with exact derivatives. */
module dev.curvature.problems {
    requires transitive dev.curvature.api;

    exports dev.curvature.problems;
}
