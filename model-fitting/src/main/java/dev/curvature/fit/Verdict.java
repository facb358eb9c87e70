package dev.curvature.fit;

import dev.curvature.api.TerminationReason;

/** A met least-squares stopping test: the reason to report and the numbers in words. */
record Verdict(TerminationReason reason, String message) {
}
