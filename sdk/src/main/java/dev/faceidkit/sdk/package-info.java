/**
 * The FaceID client: {@link dev.faceidkit.sdk.FaceIdClient}, the request objects of its four operations
 * ({@link dev.faceidkit.sdk.VerifyRequest}, {@link dev.faceidkit.sdk.RawVerifyRequest},
 * {@link dev.faceidkit.sdk.BizTokenRequest}, {@link dev.faceidkit.sdk.GetResultRequest}), the variants they
 * are made of ({@link dev.faceidkit.sdk.Comparison}, {@link dev.faceidkit.sdk.FaceImage},
 * {@link dev.faceidkit.sdk.Liveness}, {@link dev.faceidkit.sdk.RawImageOptions}) and
 * {@link dev.faceidkit.sdk.FileUpload}. Responses are the generated models of
 * {@code dev.faceidkit.generated.client.model}.
 */
package dev.faceidkit.sdk;
