package dev.faceidkit.sandbox.docs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the documentation portal (the faceid-docs-portal jar, which holds it under {@code META-INF/resources/docs/})
 * at {@value #PATH}, beside the raw spec at /openapi.yaml and /openapi.json: {@code /docs/index.html} is the page,
 * {@code /docs/faceid-openapi.yaml} and {@code /docs/faceid-openapi.json} the bundle it offers for download.
 * {@code /docs} and {@code /docs/} redirect to {@value #ENTRY} ({@link DocsPortalRedirect}), so that the page's
 * relative links resolve under {@code /docs/}.
 *
 * <p>Only this folder is served: Spring Boot's own static resource mappings stay off
 * ({@code spring.web.resources.add-mappings: false}), so every other unknown path, and any file missing under
 * {@code /docs/}, is still the FaceID 404 {@code API_NOT_FOUND}.
 */
@Configuration(proxyBeanMethods = false)
public class DocsPortalConfiguration implements WebMvcConfigurer {

    /** The portal's folder, as it appears in URLs. */
    public static final String PATH = "/docs/";
    /** The portal's page. */
    public static final String ENTRY = "/docs/index.html";
    /** Where the faceid-docs-portal jar keeps the portal. */
    public static final String LOCATION = "classpath:/META-INF/resources/docs/";

    /**
     * The portal's pages load nothing from elsewhere and send requests only to the sandbox serving them ("try it"):
     * the policy allows the page's own origin and inline or data resources, and connections to its origin alone.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                return true;
            }
        }).addPathPatterns(PATH + "**");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "**")
                .addResourceLocations(LOCATION)
                // The jar's entries all carry the build's fixed timestamp (reproducible builds), so Last-Modified
                // would not change from one portal version to the next: no validators, and no caching.
                .setUseLastModified(false)
                .setCacheControl(CacheControl.noStore());
    }
}
