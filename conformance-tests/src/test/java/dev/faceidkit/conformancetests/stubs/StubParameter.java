package dev.faceidkit.conformancetests.stubs;

/**
 * One parameter of a generated method, reduced to what the contract fixes.
 *
 * @param name     the wire name its annotation gives; null for an unnamed Retrofit file part
 * @param file     a file part ({@code MultipartFile} / {@code MultipartBody.Part})
 * @param required the server's {@code required} flag; null where the technology has none (Retrofit)
 */
record StubParameter(String name, boolean file, Boolean required) {
}
