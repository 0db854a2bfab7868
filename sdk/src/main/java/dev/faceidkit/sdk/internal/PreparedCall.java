package dev.faceidkit.sdk.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import okhttp3.Request;

/**
 * An HTTP request laid out from the contract ({@link ContractRequests}), with the reader of its success body.
 *
 * @param request the request as it will be sent, extra fields included
 * @param reader  the Jackson reader of the operation's response model (built once per model type)
 */
public record PreparedCall<T>(Request request, ObjectReader reader) {
}
