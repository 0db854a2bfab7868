package dev.faceidkit.conformancetests.stubs;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/** The wire-level parameters of a generated Spring interface method: {@code @RequestParam} and {@code @RequestPart}. */
final class ServerStubParameters {

    private ServerStubParameters() {
    }

    static List<StubParameter> of(Method method) {
        List<StubParameter> parameters = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            RequestPart part = parameter.getAnnotation(RequestPart.class);
            boolean file = MultipartFile.class.isAssignableFrom(parameter.getType());
            if (param != null) {
                parameters.add(new StubParameter(name(param.value(), param.name()), file, param.required()));
            } else if (part != null) {
                parameters.add(new StubParameter(name(part.value(), part.name()), file, part.required()));
            }
        }
        return parameters;
    }

    // value and name are aliases; the generator fills one of them.
    private static String name(String value, String name) {
        return value.isEmpty() ? name : value;
    }
}
