package dev.faceidkit.sandbox.config;

import dev.faceidkit.sandbox.account.ApiAccessInterceptor;
import dev.faceidkit.sandbox.account.SimulationInterceptor;
import dev.faceidkit.sandbox.http.ApiOperation;
import java.util.Arrays;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts access control, then the simulation headers, in front of the four FaceID operations. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final ApiAccessInterceptor access;
    private final SimulationInterceptor simulation;

    public WebConfiguration(ApiAccessInterceptor access, SimulationInterceptor simulation) {
        this.access = access;
        this.simulation = simulation;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        String[] paths = Arrays.stream(ApiOperation.values()).map(ApiOperation::path).toArray(String[]::new);
        registry.addInterceptor(access).addPathPatterns(paths);
        // After access: a simulated fault or delay happens to an admitted call holding its concurrency permit.
        registry.addInterceptor(simulation).addPathPatterns(paths);
    }
}
