package dev.faceidkit.sdk.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import retrofit2.http.Part;
import retrofit2.http.Query;

/**
 * The wire names a generated Retrofit method has a parameter for, read from its {@code @Part} and {@code @Query}
 * annotations once: a field the contract documents but the generated client predates is then sent beside them
 * instead of being lost. (File parts are unnamed {@code MultipartBody.Part}s and not listed.)
 */
final class GeneratedParameters {

    private GeneratedParameters() {
    }

    static Set<String> of(Class<?> api, String methodName) {
        Method method = Arrays.stream(api.getMethods()).filter(m -> m.getName().equals(methodName)).findFirst()
                .orElseThrow(() -> new IllegalStateException(api.getName() + " has no method " + methodName));
        Set<String> names = new HashSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof Part part && !part.value().isEmpty()) {
                    names.add(part.value());
                } else if (annotation instanceof Query query) {
                    names.add(query.value());
                }
            }
        }
        return Set.copyOf(names);
    }
}
