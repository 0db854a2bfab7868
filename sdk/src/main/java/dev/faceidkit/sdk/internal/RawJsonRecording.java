package dev.faceidkit.sdk.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
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
    /**
     * The body being read on this thread. A thread-local rather than a reader attribute: a reader with an attribute
     * is a new reader and a new configuration on every call.
     */
    private static final ThreadLocal<ReceivedBody> READING = new ThreadLocal<>();

    private RawJsonRecording() {
    }

    /** Reads {@code body} with {@code reader}, each model recording where in the body it came from. */
    static <T> T read(ObjectReader reader, byte[] body) throws IOException {
        ReceivedBody outer = READING.get();
        READING.set(new ReceivedBody(body));
        try {
            return reader.readValue(body);
        } finally {
            if (outer == null) {
                READING.remove();
            } else {
                READING.set(outer);
            }
        }
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

    /**
     * The body of one response. A model keeps only the byte offset of its object in it; its JSON is parsed from
     * there when a caller first asks (the root's parse is kept, and serves any model that starts at offset 0).
     */
    private static final class ReceivedBody {
        private final byte[] bytes;
        private JsonNode root;

        ReceivedBody(byte[] bytes) {
            this.bytes = bytes;
        }

        synchronized JsonNode at(long tokenOffset) {
            int offset = objectStart(tokenOffset);
            try {
                if (offset <= 0) {
                    if (root == null) {
                        root = LenientJson.MAPPER.readTree(bytes);
                    }
                    return root;
                }
                // One value: the object that starts there (the parser stops at its end).
                try (JsonParser parser = LenientJson.MAPPER.getFactory()
                        .createParser(bytes, offset, bytes.length - offset)) {
                    return LenientJson.MAPPER.readTree(parser);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the response body again", e);
            }
        }

        /**
         * Where the object opens: the parser's token offset of a START_OBJECT is the brace's or, in the byte parser,
         * the byte after it (the parser counts it once consumed).
         */
        private int objectStart(long tokenOffset) {
            int at = (int) Math.min(tokenOffset, bytes.length - 1);
            if (bytes[at] != '{' && at > 0 && bytes[at - 1] == '{') {
                at--;
            }
            if (bytes[at] != '{') {
                throw new IllegalStateException("no object at byte " + tokenOffset + " of the response");
            }
            return at;
        }
    }

    /**
     * The offset of the object a model is read from, or -1 to record nothing: where the parser is not at the
     * object's START_OBJECT (a model read from buffered tokens), the offset would not say where the object is.
     * No {@code JsonLocation} is made: this runs for every model of every response.
     */
    private static long tokenOffset(JsonParser parser) {
        return parser instanceof ParserBase base && parser.currentToken() == JsonToken.START_OBJECT
                ? base.getTokenCharacterOffset() : -1;
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
            ReceivedBody body = READING.get();
            long offset = body == null ? -1 : tokenOffset(parser);
            Object value = _delegatee.deserialize(parser, context);
            if (value != null && body != null && offset >= 0) {
                record(value, () -> body.at(offset));
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
