package dev.faceidkit.sdk.internal;

import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Converter;

/**
 * An HTTP request built by Retrofit from a generated API method, with the reader of its success body.
 *
 * @param request the request as it will be sent, extra fields included
 * @param reader  the Jackson converter Retrofit chose for the operation's response model
 */
public record PreparedCall<T>(Request request, Converter<ResponseBody, T> reader) {
}
