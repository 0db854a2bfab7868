package dev.faceidkit.conformance.stubs;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/** Finds the generated method of an operation (named after its operationId) among the generated interfaces. */
final class GeneratedInterfaces {

    static final List<Class<?>> SERVER = List.of(dev.faceidkit.server.generated.api.VerifyApi.class,
            dev.faceidkit.server.generated.api.RawVerifyApi.class, dev.faceidkit.server.generated.api.BizTokenApi.class,
            dev.faceidkit.server.generated.api.ResultApi.class);
    static final List<Class<?>> CLIENT = List.of(dev.faceidkit.client.generated.api.VerifyApi.class,
            dev.faceidkit.client.generated.api.RawVerifyApi.class, dev.faceidkit.client.generated.api.BizTokenApi.class,
            dev.faceidkit.client.generated.api.ResultApi.class);

    private GeneratedInterfaces() {
    }

    static Method method(List<Class<?>> interfaces, String operationId) {
        List<Method> found = interfaces.stream().flatMap(type -> Arrays.stream(type.getMethods()))
                .filter(m -> m.getName().equals(operationId) && !m.isSynthetic())
                .toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " generated methods named " + operationId + " in " + interfaces);
        }
        return found.get(0);
    }
}
