package dev.faceidkit.conformancetests.stubs;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MultipartBody;
import retrofit2.http.Part;
import retrofit2.http.Query;

/**
 * The wire-level parameters of a generated Retrofit method, in order: {@code @Part("name")} text fields,
 * unnamed {@code @Part MultipartBody.Part} files (the caller names those), {@code @Query("name")} parameters.
 */
final class ClientStubParameters {

    private ClientStubParameters() {
    }

    static List<StubParameter> of(Method method) {
        List<StubParameter> parameters = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Part part = parameter.getAnnotation(Part.class);
            Query query = parameter.getAnnotation(Query.class);
            if (part != null) {
                boolean file = MultipartBody.Part.class.isAssignableFrom(parameter.getType());
                parameters.add(new StubParameter(part.value().isEmpty() ? null : part.value(), file, null));
            } else if (query != null) {
                parameters.add(new StubParameter(query.value(), false, null));
            } else {
                parameters.add(new StubParameter("<unannotated " + parameter.getType().getSimpleName() + ">", false,
                        null));
            }
        }
        return parameters;
    }
}
