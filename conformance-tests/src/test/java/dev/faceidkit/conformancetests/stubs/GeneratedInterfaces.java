package dev.faceidkit.conformancetests.stubs;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/** Finds the generated method of an operation (named after its operationId) among the generated interfaces. */
final class GeneratedInterfaces {

    static final List<Class<?>> SERVER = List.of(dev.faceidkit.generated.server.api.VerifyApi.class,
            dev.faceidkit.generated.server.api.RawVerifyApi.class, dev.faceidkit.generated.server.api.BizTokenApi.class,
            dev.faceidkit.generated.server.api.ResultApi.class);
    static final List<Class<?>> CLIENT = List.of(dev.faceidkit.generated.client.api.VerifyApi.class,
            dev.faceidkit.generated.client.api.RawVerifyApi.class, dev.faceidkit.generated.client.api.BizTokenApi.class,
            dev.faceidkit.generated.client.api.ResultApi.class);

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
