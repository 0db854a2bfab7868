/**
 * The SDK's machinery, not its API: form collection checked against the contract model, the calls through the
 * generated Retrofit interfaces, sending and reading, request bodies. Public only so that the API package can
 * use it; anything here may change in any release without notice.
 */
package dev.faceidkit.sdk.internal;
