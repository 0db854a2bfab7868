package dev.faceidkit.sdk.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Supplier;

/**
 * Gives every generated model the JSON object it was read from ({@code _rawJson()}, added by generator-config's
 * template override), lazily: the reader keeps the response's bytes, each model keeps where in them it was read,
 * and the JSON is parsed only when a caller asks for it. Models without {@code _recordRawJson} are read as usual.
 */
final class RawJsonRecording {

    private static final String RECORDER = "_recordRawJson";
    /** The attribute under which a reader carries the body it reads. */
    private static final Object BODY = RawJsonRecording.class;

    private RawJsonRecording() {
    }

    /** {@code reader} set up to record, for each model it reads from {@code body}, where it came from. */
    static ObjectReader reading(ObjectReader reader, byte[] body) {
        return reader.withAttribute(BODY, new ReceivedBody(body));
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
                    MethodType.methodType(void.class, Supplier.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    /** The body of one response, parsed once, on the first {@code _rawJson()} of any of its models. */
    private static final class ReceivedBody {
        private final byte[] bytes;
        private JsonNode tree;

        ReceivedBody(byte[] bytes) {
            this.bytes = bytes;
        }

        synchronized JsonNode at(Location location) {
            if (tree == null) {
                try {
                    tree = LenientJson.MAPPER.readTree(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the response body again", e);
                }
            }
            return location == null ? tree : location.in(tree);
        }
    }

    /**
     * Where a model's object is in the body: the field names and array indexes from the root. Cheaper than a
     * {@link com.fasterxml.jackson.core.JsonPointer}, whose path string every model would pay for; the parser reuses
     * its contexts, so the chain is copied.
     */
    private record Location(Location parent, String name, int index) {

        /** The location of the value the parser is at (its START_OBJECT), or null for the root. */
        static Location of(JsonStreamContext context) {
            if (context != null && context.inObject() && context.getCurrentName() == null) {
                context = context.getParent(); // the object just opened: its place is in the parent
            }
            return chain(context);
        }

        private static Location chain(JsonStreamContext context) {
            if (context == null || context.inRoot()) {
                return null;
            }
            Location parent = chain(context.getParent());
            return context.inObject() ? new Location(parent, context.getCurrentName(), -1)
                    : new Location(parent, null, context.getCurrentIndex());
        }

        JsonNode in(JsonNode root) {
            JsonNode container = parent == null ? root : parent.in(root);
            return name != null ? container.path(name) : container.path(index);
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
            ReceivedBody body = (ReceivedBody) context.getAttribute(BODY);
            Location where = body == null ? null : Location.of(parser.getParsingContext());
            Object value = _delegatee.deserialize(parser, context);
            if (value != null && body != null) {
                record(value, () -> body.at(where));
            }
            return value;
        }

        private void record(Object value, Supplier<JsonNode> json) {
            try {
                recorder.invoke(value, json);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot record the JSON of " + value.getClass().getSimpleName(), e);
            }
        }
    }
}
