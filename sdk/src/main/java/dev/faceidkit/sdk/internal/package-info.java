/**
 * The SDK's machinery, not its API: form collection checked against the contract model, requests laid out from the
 * contract as the generated client lays them out, the whole-call deadline, sending and reading, request bodies. Public only so that the API package can
 * use it; anything here may change in any release without notice.
 */
package dev.faceidkit.sdk.internal;
