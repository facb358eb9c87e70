/** The optional OpenBLAS/LAPACK dense backend, found through ServiceLoader. */
module dev.curvature.lapack {
    requires dev.curvature.api;
    requires org.bytedeco.javacpp;
    requires org.bytedeco.openblas;
    requires org.slf4j;

    provides dev.curvature.api.linalg.DenseBackend with dev.curvature.lapack.OpenBlasBackend;
}
