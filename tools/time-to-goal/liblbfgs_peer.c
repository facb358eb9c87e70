/*
 * One run of liblbfgs 1.10 (Okazaki's C port of Nocedal's L-BFGS; Debian package liblbfgs-dev)
 * for the time-to-goal suite (dev.curvature.bench.TimeToGoal, docs/time-to-goal.md):
 *
 *     cc -O2 -o liblbfgs_peer liblbfgs_peer.c -llbfgs -lm
 *     ./liblbfgs_peer PROBLEM N TOLERANCE
 *
 * liblbfgs's default parameters (Moré–Thuente line search, c1 = 1e-4, c2 = 0.9, first step
 * 1/‖g0‖2) with m = 10 as for every peer; its own tests are off (epsilon = 0, no delta test) and
 * the progress callback ends the run at the first iterate with ‖∇f‖∞ ≤ TOLERANCE, Curvature's test.
 * The problems are C versions of dev.curvature.problems' (same formulas and start points; the
 * suite checks f(x0) and ‖∇f(x0)‖∞ against Java before it uses a result). Prints one line:
 * f(x0) ‖∇f(x0)‖∞ iterations f-evaluations ∇f-evaluations final-‖∇f‖∞ reached cpu-seconds
 * evaluation-seconds status, cpu-seconds being this thread's CPU time (CLOCK_THREAD_CPUTIME_ID)
 * inside lbfgs() alone, evaluation-seconds the median of 5 evaluations of f and ∇f at x0.
 */
#include <lbfgs.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef double (*problem_fg)(const double *x, double *g, int n);

static double bdqrtic(const double *x, double *g, int n) {
    double f = 0, xl = x[n - 1], gl = 0;
    memset(g, 0, sizeof(double) * n);
    for (int e = 0; e < n - 4; e++) {
        double lin = 3 - 4 * x[e];
        double q = 0;
        for (int a = 0; a < 4; a++) q += (a + 1) * x[e + a] * x[e + a];
        q += 5 * xl * xl;
        for (int a = 0; a < 4; a++) g[e + a] += 4 * q * (a + 1) * x[e + a];
        g[e] -= 8 * lin;
        gl += 4 * q * 5 * xl;
        f += lin * lin + q * q;
    }
    g[n - 1] += gl;
    return f;
}

static double cragglvy(const double *x, double *g, int n) {
    double f = 0;
    memset(g, 0, sizeof(double) * n);
    for (int e = 0; e < n / 2 - 1; e++) {
        double a = x[2 * e], b = x[2 * e + 1], c = x[2 * e + 2], d = x[2 * e + 3];
        double ea = exp(a), p = ea - b, q = b - c, s = c - d, tn = tan(s), r = tn + s;
        double a7 = pow(a, 7), p2 = p * p, q4 = q * q * q * q, r2 = r * r;
        f += p2 * p2 + 100 * q4 * q * q + r2 * r2 + a7 * a + (d - 1) * (d - 1);
        double t3 = 4 * r2 * r * (2 + tn * tn);
        g[2 * e] += 4 * p2 * p * ea + 8 * a7;
        g[2 * e + 1] += -4 * p2 * p + 600 * q4 * q;
        g[2 * e + 2] += -600 * q4 * q + t3;
        g[2 * e + 3] += -t3 + 2 * (d - 1);
    }
    return f;
}

/* DIXMAANA–D (all powers k = 0): weights alpha, beta, gamma, delta. */
static double dixmaan(const double *x, double *g, int n, double al, double be, double ga, double de) {
    int m = n / 3;
    double f = 1;
    for (int i = 0; i < n; i++) {
        f += al * x[i] * x[i];
        g[i] = 2 * al * x[i];
    }
    for (int i = 0; i < n - 1; i++) {
        double a = x[i], b = x[i + 1], q = b + b * b;
        f += be * a * a * q * q;
        g[i] += 2 * be * a * q * q;
        g[i + 1] += 2 * be * a * a * q * (1 + 2 * b);
    }
    for (int i = 0; i < 2 * m; i++) {
        double a = x[i], b = x[i + m], b2 = b * b;
        f += ga * a * a * b2 * b2;
        g[i] += 2 * ga * a * b2 * b2;
        g[i + m] += 4 * ga * a * a * b2 * b;
    }
    for (int i = 0; i < m; i++) {
        double a = x[i], b = x[i + 2 * m];
        f += de * a * b;
        g[i] += de * b;
        g[i + 2 * m] += de * a;
    }
    return f;
}
static double dixmaana(const double *x, double *g, int n) { return dixmaan(x, g, n, 1, 0, 0.125, 0.125); }
static double dixmaanb(const double *x, double *g, int n) { return dixmaan(x, g, n, 1, 0.0625, 0.0625, 0.0625); }
static double dixmaanc(const double *x, double *g, int n) { return dixmaan(x, g, n, 1, 0.125, 0.125, 0.125); }
static double dixmaand(const double *x, double *g, int n) { return dixmaan(x, g, n, 1, 0.26, 0.26, 0.26); }

static double dqdrtic(const double *x, double *g, int n) {
    double f = 0;
    memset(g, 0, sizeof(double) * n);
    for (int i = 0; i < n - 2; i++) {
        f += x[i] * x[i] + 100 * x[i + 1] * x[i + 1] + 100 * x[i + 2] * x[i + 2];
        g[i] += 2 * x[i];
        g[i + 1] += 200 * x[i + 1];
        g[i + 2] += 200 * x[i + 2];
    }
    return f;
}

static double edensch(const double *x, double *g, int n) {
    double f = 16;
    memset(g, 0, sizeof(double) * n);
    for (int i = 0; i < n - 1; i++) {
        double a = x[i] - 2, b = x[i + 1], a2 = a * a;
        f += a2 * a2 + b * b * a2 + (b + 1) * (b + 1);
        g[i] += 4 * a2 * a + 2 * b * b * a;
        g[i + 1] += 2 * b * a2 + 2 * (b + 1);
    }
    return f;
}

static double engval1(const double *x, double *g, int n) {
    double f = 0;
    memset(g, 0, sizeof(double) * n);
    for (int i = 0; i < n - 1; i++) {
        double a = x[i], b = x[i + 1], q = a * a + b * b;
        f += q * q - 4 * a + 3;
        g[i] += 4 * q * a - 4;
        g[i + 1] += 4 * q * b;
    }
    return f;
}

static double liarwhd(const double *x, double *g, int n) {
    double f = 0, g0 = 0;
    for (int i = 0; i < n; i++) {
        double t = x[i] * x[i] - x[0];
        f += 4 * t * t + (x[i] - 1) * (x[i] - 1);
        g[i] = 16 * x[i] * t + 2 * (x[i] - 1);
        g0 -= 8 * t;
    }
    g[0] += g0;
    return f;
}

static double nondquar(const double *x, double *g, int n) {
    double s0 = x[0] - x[1], s1 = x[n - 2] + x[n - 1], f = s0 * s0 + s1 * s1, gl = 0;
    memset(g, 0, sizeof(double) * n);
    g[0] += 2 * s0;
    g[1] -= 2 * s0;
    g[n - 2] += 2 * s1;
    g[n - 1] += 2 * s1;
    for (int i = 0; i < n - 2; i++) {
        double s = x[i] + x[i + 1] + x[n - 1], s2 = s * s, s3 = 4 * s2 * s;
        f += s2 * s2;
        g[i] += s3;
        g[i + 1] += s3;
        gl += s3;
    }
    g[n - 1] += gl;
    return f;
}

static double powellsg(const double *x, double *g, int n) {
    double f = 0;
    for (int i = 0; i < n; i += 4) {
        double a = x[i] + 10 * x[i + 1], b = x[i + 2] - x[i + 3];
        double c = x[i + 1] - 2 * x[i + 2], d = x[i] - x[i + 3], c3 = c * c * c, d3 = d * d * d;
        f += a * a + 5 * b * b + c3 * c + 10 * d3 * d;
        g[i] = 2 * a + 40 * d3;
        g[i + 1] = 20 * a + 4 * c3;
        g[i + 2] = 10 * b - 8 * c3;
        g[i + 3] = -10 * b - 40 * d3;
    }
    return f;
}

static double srosenbr(const double *x, double *g, int n) {
    double f = 0;
    for (int i = 0; i < n; i += 2) {
        double t = x[i + 1] - x[i] * x[i], u = 1 - x[i];
        f += 100 * t * t + u * u;
        g[i] = -400 * x[i] * t - 2 * u;
        g[i + 1] = 200 * t;
    }
    return f;
}

static double woods(const double *x, double *g, int n) {
    double f = 0;
    for (int i = 0; i < n; i += 4) {
        const double *u = x + i;
        double t1 = u[1] - u[0] * u[0], t2 = u[3] - u[2] * u[2], p = u[1] + u[3] - 2, q = u[1] - u[3];
        f += 100 * t1 * t1 + (1 - u[0]) * (1 - u[0]) + 90 * t2 * t2 + (1 - u[2]) * (1 - u[2])
                + 10 * p * p + 0.1 * q * q;
        g[i] = -400 * u[0] * t1 - 2 * (1 - u[0]);
        g[i + 1] = 200 * t1 + 20 * p + 0.2 * q;
        g[i + 2] = -360 * u[2] * t2 - 2 * (1 - u[2]);
        g[i + 3] = 180 * t2 + 20 * p - 0.2 * q;
    }
    return f;
}

static void start(const char *name, double *x, int n) {
    static const double nondquar0[] = {1, -1}, powellsg0[] = {3, -1, 0, 1},
            srosenbr0[] = {-1.2, 1}, woods0[] = {-3, -1, -3, -1};
    const double *tile = NULL;
    int period = 0;
    double fill = 2;
    if (!strcmp(name, "bdqrtic")) fill = 1;
    else if (!strcmp(name, "dqdrtic")) fill = 3;
    else if (!strcmp(name, "edensch")) fill = 0;
    else if (!strcmp(name, "liarwhd")) fill = 4;
    else if (!strcmp(name, "nondquar")) { tile = nondquar0; period = 2; }
    else if (!strcmp(name, "powellsg")) { tile = powellsg0; period = 4; }
    else if (!strcmp(name, "srosenbr")) { tile = srosenbr0; period = 2; }
    else if (!strcmp(name, "woods")) { tile = woods0; period = 4; }
    for (int i = 0; i < n; i++) x[i] = tile ? tile[i % period] : fill;
    if (!strcmp(name, "cragglvy")) x[0] = 1;
}

static const struct { const char *name; problem_fg fg; } PROBLEMS[] = {
    {"bdqrtic", bdqrtic}, {"cragglvy", cragglvy}, {"dixmaana", dixmaana}, {"dixmaanb", dixmaanb},
    {"dixmaanc", dixmaanc}, {"dixmaand", dixmaand}, {"dqdrtic", dqdrtic}, {"edensch", edensch},
    {"engval1", engval1}, {"liarwhd", liarwhd}, {"nondquar", nondquar}, {"powellsg", powellsg},
    {"srosenbr", srosenbr}, {"woods", woods}};

typedef struct {
    problem_fg fg;
    double tolerance;
    int evaluations;
    int iterations;
    double gnorm;
} run_t;

static double infnorm(const double *g, int n) {
    double m = 0;
    for (int i = 0; i < n; i++) m = fmax(m, fabs(g[i]));
    return m;
}

static lbfgsfloatval_t evaluate(void *instance, const lbfgsfloatval_t *x, lbfgsfloatval_t *g,
        const int n, const lbfgsfloatval_t step) {
    run_t *run = instance;
    run->evaluations++;
    return run->fg(x, g, n);
}

static int progress(void *instance, const lbfgsfloatval_t *x, const lbfgsfloatval_t *g,
        const lbfgsfloatval_t fx, const lbfgsfloatval_t xnorm, const lbfgsfloatval_t gnorm,
        const lbfgsfloatval_t step, int n, int k, int ls) {
    run_t *run = instance;
    run->iterations = k;
    run->gnorm = infnorm(g, n);
    return run->gnorm <= run->tolerance; /* non-zero ends the run */
}

static double thread_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s PROBLEM N TOLERANCE\n", argv[0]);
        return 2;
    }
    const char *name = argv[1];
    int n = atoi(argv[2]);
    run_t run = {NULL, atof(argv[3]), 0, 0, NAN};
    for (size_t p = 0; p < sizeof PROBLEMS / sizeof PROBLEMS[0]; p++) {
        if (!strcmp(PROBLEMS[p].name, name)) run.fg = PROBLEMS[p].fg;
    }
    if (!run.fg) {
        fprintf(stderr, "PROBLEM: unknown %s\n", name);
        return 2;
    }
    lbfgsfloatval_t *x = lbfgs_malloc(n), *g0 = lbfgs_malloc(n);
    start(name, x, n);
    double f0 = run.fg(x, g0, n), g0norm = infnorm(g0, n), evaluation[5];
    for (int i = 0; i < 5; i++) {
        double t0 = thread_seconds();
        run.fg(x, g0, n);
        evaluation[i] = thread_seconds() - t0;
    }
    for (int i = 1; i < 5; i++) { /* insertion sort, for the median */
        for (int j = i; j > 0 && evaluation[j - 1] > evaluation[j]; j--) {
            double e = evaluation[j];
            evaluation[j] = evaluation[j - 1];
            evaluation[j - 1] = e;
        }
    }
    run.gnorm = g0norm;
    lbfgs_parameter_t param;
    lbfgs_parameter_init(&param);
    param.m = 10;
    param.epsilon = 0;
    param.max_iterations = 100000;
    lbfgsfloatval_t fx;
    double t = thread_seconds();
    int status = g0norm <= run.tolerance ? 0 : lbfgs(n, x, &fx, evaluate, progress, &run, &param);
    double cpu = thread_seconds() - t;
    int reached = run.gnorm <= run.tolerance;
    printf("%.17g %.17g %d %d %d %.17g %s %.9f %.9f status=%d\n", f0, g0norm, run.iterations,
            run.evaluations, run.evaluations, run.gnorm, reached ? "true" : "false", cpu,
            evaluation[2], status);
    lbfgs_free(x);
    lbfgs_free(g0);
    return 0;
}
