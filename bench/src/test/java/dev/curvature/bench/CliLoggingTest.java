package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CliLoggingTest {

    /** The trace goes bare to stdout, warnings to stderr with level and logger, INFO elsewhere nowhere. */
    @Test
    void traceGoesBareToStandardOutputAndWarningsWithTheirLoggerToStandardError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // as Logback's SLF4J provider does
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CliLogging.apply(context);
            context.getLogger(CliLogging.TRACE_LOGGER).info("    1   y  4.2e+00");
            Logger library = context.getLogger("dev.curvature.newton.Something");
            library.info("not shown: INFO is below the root's WARN");
            library.warn("the Hessian is indefinite");
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
            context.stop();
        }
        assertEquals("    1   y  4.2e+00" + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
        assertEquals("WARN  dev.curvature.newton.Something - the Hessian is indefinite" + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }

    /** The tests' logback-test.xml is on this class path: the configurator must leave it to Logback. */
    @Test
    void stepsAsideForATestConfigurationOnTheClassPath() {
        LoggerContext context = new LoggerContext();
        CliLogging configurator = new CliLogging();
        configurator.setContext(context);
        assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, configurator.configure(context));
        assertFalse(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext(),
                "no appender installed");
        context.stop();
    }
}
