/**
 * The {@code sign} form field of {@code POST /faceid/v3/sdk/get_biz_token} ({@code sign_version=hmac_sha1}):
 * creating it ({@link dev.faceidkit.signing.BizTokenSigner}) and checking it
 * ({@link dev.faceidkit.signing.DecodedBizTokenSign}).
 */
package dev.faceidkit.signing;
