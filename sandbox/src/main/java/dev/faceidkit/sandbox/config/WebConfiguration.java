package dev.faceidkit.sandbox.config;

import dev.faceidkit.sandbox.account.ApiAccessInterceptor;
import dev.faceidkit.sandbox.account.SimulationInterceptor;
import dev.faceidkit.sandbox.http.ServedOperations;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts access control, then the simulation headers, in front of the four FaceID operations, and binds request
 * parameters without a conversion service.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final ApiAccessInterceptor access;
    private final SimulationInterceptor simulation;
    private final ServedOperations operations;

    public WebConfiguration(ApiAccessInterceptor access, SimulationInterceptor simulation,
            ServedOperations operations) {
        this.access = access;
        this.operations = operations;
        this.simulation = simulation;
    }

    /**
     * Data binding without a conversion service (Spring Boot uses this bean instead of its own). Every bound
     * parameter is a String or an uploaded file (the generated interfaces take all form fields as text and the
     * sandbox checks them itself), which needs no conversion; yet Spring asks the conversion service about each
     * one, and its cache compares the parameters' annotations on every look-up: 13 % of the request threads' time
     * under the load benchmark.
     */
    @Bean
    ConfigurableWebBindingInitializer webBindingInitializer() {
        return new ConfigurableWebBindingInitializer();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        String[] paths = operations.paths().toArray(String[]::new);
        registry.addInterceptor(access).addPathPatterns(paths);
        // After access: a simulated fault or delay happens to an admitted call holding its concurrency permit.
        registry.addInterceptor(simulation).addPathPatterns(paths);
    }
}
