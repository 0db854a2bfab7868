package dev.faceidkit.sandbox;

import dev.faceidkit.sandbox.coverage.CoverageCommand;
import java.util.Arrays;
import java.net.URL;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.util.ClassUtils;

/** The FaceID sandbox: a test server for the FaceID contract. Every response it gives is synthetic. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FaceIdSandboxApplication {

    static final String AOT_ENABLED = "spring.aot.enabled";
    private static final String AOT_INITIALIZER = FaceIdSandboxApplication.class.getName()
            + "__ApplicationContextInitializer";

    public static void main(String[] args) {
        if (args.length > 0 && CoverageCommand.NAME.equals(args[0])) {
            // A client of a running sandbox, not a sandbox: no Spring context.
            System.exit(CoverageCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        useAheadOfTimeDefinitionsIfBuilt();
        SpringApplication.run(FaceIdSandboxApplication.class, args);
    }

    /**
     * The packaged jar holds the bean definitions Spring's AOT processing wrote as code at build time (sandbox/pom.xml,
     * process-aot); starting from them saves the start's reflection and condition evaluation (benchmarks/README.md,
     * start time). A run from compiled classes (an IDE, {@code spring-boot:run}) starts the regular way, as their
     * definitions may be older than the code, and {@code -Dspring.aot.enabled=false} opts out.
     */
    static void useAheadOfTimeDefinitionsIfBuilt() {
        if (System.getProperty(AOT_ENABLED) == null && !runsFromClassesDirectory()
                && ClassUtils.isPresent(AOT_INITIALIZER, FaceIdSandboxApplication.class.getClassLoader())) {
            System.setProperty(AOT_ENABLED, "true");
        }
    }

    private static boolean runsFromClassesDirectory() {
        URL location = FaceIdSandboxApplication.class.getProtectionDomain().getCodeSource().getLocation();
        return "file".equals(location.getProtocol()) && location.getPath().endsWith("/");
    }
}
