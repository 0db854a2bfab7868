package dev.faceidkit.sdk.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Part;

/**
 * Writes every non-String {@code @Part} value (enums, numbers, flags) as {@code text/plain} with its
 * {@code toString()}, the way FaceID expects every form value.
 *
 * <p>Register it before the scalars and Jackson converters. Without it, the Jackson converter would take such
 * a value and send it JSON-quoted as {@code application/json} ({@code "1"} instead of {@code 1}), which the
 * service rejects. Strings are left to the scalars converter, which writes them the same way; request bodies
 * and multipart parts are passed through by Retrofit itself.
 */
public final class TextPartConverterFactory extends Converter.Factory {

    /** The content type of every text part, the same as Retrofit's scalars converter uses. */
    public static final MediaType TEXT_PLAIN = MediaType.get("text/plain; charset=UTF-8");

    private static final Converter<Object, RequestBody> TO_TEXT =
            value -> RequestBody.create(String.valueOf(value), TEXT_PLAIN);

    @Override
    public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
                                                          Annotation[] methodAnnotations, Retrofit retrofit) {
        if (type == String.class || type == RequestBody.class || type == MultipartBody.Part.class
                || !isPart(parameterAnnotations)) {
            return null;
        }
        return TO_TEXT;
    }

    private static boolean isPart(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Part) {
                return true;
            }
        }
        return false;
    }
}
