package dev.faceidkit.sandboxjunit;

import dev.faceidkit.sandbox.FaceIdSandboxApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.aot.AotApplicationContextInitializer;
import org.springframework.util.ClassUtils;

/**
 * Starts the sandbox from the bean definitions Spring's AOT processing wrote at the sandbox's build, as
 * {@code -Dspring.aot.enabled=true} would, but for this application alone: that switch is JVM-wide, and the
 * test's JVM may start Spring applications of its own that were never AOT-processed. The same three steps as
 * Spring Boot's AOT mode: the AOT initializer registers every bean first, no source is scanned, and the context
 * processes no annotations. Without the generated initializer (classes built without AOT), the regular start.
 */
final class BuildTimeDefinitions {

    private static final String INITIALIZER = FaceIdSandboxApplication.class.getName()
            + "__ApplicationContextInitializer";

    private BuildTimeDefinitions() {
    }

    static SpringApplication application() {
        if (!ClassUtils.isPresent(INITIALIZER, FaceIdSandboxApplication.class.getClassLoader())) {
            return new SpringApplication(FaceIdSandboxApplication.class);
        }
        SpringApplication application = new SpringApplication(FaceIdSandboxApplication.class) {
            @Override
            protected void load(ApplicationContext context, Object[] sources) {
                // The AOT initializer has registered every bean definition; scanning the sources would add them twice.
            }
        };
        application.setApplicationContextFactory(ApplicationContextFactory.of(ServletWebServerApplicationContext::new));
        List<ApplicationContextInitializer<?>> initializers = new ArrayList<>();
        initializers.add(AotApplicationContextInitializer.forInitializerClasses(INITIALIZER));
        initializers.addAll(application.getInitializers());
        application.setInitializers(initializers);
        return application;
    }
}
