/**
 * Typed errors for FaceID API calls: the documented error codes, parsing of error bodies, and one unchecked
 * exception type per HTTP failure class, built by {@link dev.faceidkit.sdk.errors.FaceIdErrors}.
 */
package dev.faceidkit.sdk.errors;
