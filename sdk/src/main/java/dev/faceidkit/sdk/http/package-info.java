/**
 * HTTP plumbing for FaceID calls, usable with the generated Retrofit client directly as well as through
 * {@link dev.faceidkit.sdk.FaceIdClient}, which installs all of it.
 *
 * <p>The OkHttp interceptors go in as application interceptors, retry first, so that each attempt is logged:
 * <pre>{@code
 * new OkHttpClient.Builder()
 *     .addInterceptor(new RetryInterceptor(RetryPolicy.defaults()))
 *     .addInterceptor(new RedactingLoggingInterceptor())
 *     .build();
 * }</pre>
 * {@link dev.faceidkit.sdk.http.TextPartConverterFactory} goes first among a Retrofit builder's converter
 * factories, so that no form value is JSON-quoted.
 */
package dev.faceidkit.sdk.http;
