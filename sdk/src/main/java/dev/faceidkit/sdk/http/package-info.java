/**
 * OkHttp interceptors for FaceID calls. Install both as application interceptors, retry first, so that each
 * attempt is logged:
 * <pre>{@code
 * new OkHttpClient.Builder()
 *     .addInterceptor(new RetryInterceptor(RetryPolicy.defaults()))
 *     .addInterceptor(new RedactingLoggingInterceptor())
 *     .build();
 * }</pre>
 */
package dev.faceidkit.sdk.http;
