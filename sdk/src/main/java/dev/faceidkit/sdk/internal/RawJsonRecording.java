package dev.faceidkit.sdk.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Gives every generated model the JSON object it was read from ({@code _rawJson()}, added by generator-config's
 * template override): each model is read through its tree, which is then handed to the model's
 * {@code _recordRawJson}. Models without that method are read as usual.
 */
final class RawJsonRecording {

    private static final String RECORDER = "_recordRawJson";

    private RawJsonRecording() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("faceid-raw-json");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                          JsonDeserializer<?> deserializer) {
                MethodHandle recorder = recorderOf(bean.getBeanClass());
                return recorder == null ? deserializer : new Recording(deserializer, recorder);
            }
        });
        return module;
    }

    private static MethodHandle recorderOf(Class<?> type) {
        try {
            return MethodHandles.publicLookup().findVirtual(type, RECORDER,
                    MethodType.methodType(void.class, JsonNode.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    private static final class Recording extends DelegatingDeserializer {
        private final MethodHandle recorder;

        Recording(JsonDeserializer<?> delegate, MethodHandle recorder) {
            super(delegate);
            this.recorder = recorder;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Recording(newDelegatee, recorder);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = context.readTree(parser);
            try (JsonParser treeParser = tree.traverse(parser.getCodec())) {
                treeParser.nextToken();
                Object value = _delegatee.deserialize(treeParser, context);
                if (value != null && tree.isObject()) {
                    record(value, tree);
                }
                return value;
            }
        }

        private void record(Object value, JsonNode tree) {
            try {
                recorder.invoke(value, tree);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot record the JSON of " + value.getClass().getSimpleName(), e);
            }
        }
    }
}
