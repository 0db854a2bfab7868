package dev.faceidkit.sandbox.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Leaves empty maps out of responses. The generated models start their map fields (get_result's OCR quality
 * tables) as empty maps, which would otherwise appear as {@code {}} where the service sends nothing. Lists are
 * not included here: Verify's {@code faces} is sent as {@code []} when no face was found.
 */
@Configuration(proxyBeanMethods = false)
public class JacksonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer omitEmptyMaps() {
        return builder -> builder.postConfigurer(mapper -> mapper.configOverride(Map.class)
                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_NULL)));
    }
}
