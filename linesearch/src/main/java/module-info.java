/** Line searches and the line-search globalization. */
module dev.curvature.linesearch {
    requires transitive dev.curvature.api;

    exports dev.curvature.linesearch;
}
