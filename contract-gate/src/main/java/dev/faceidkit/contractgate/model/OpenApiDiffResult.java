package dev.faceidkit.contractgate.model;

/** openapi-diff's single verdict on two documents, with its own Markdown report. */
public record OpenApiDiffResult(String version, boolean different, boolean incompatible, String markdown) {

    public String verdict() {
        return !different ? "no difference" : incompatible ? "INCOMPATIBLE" : "compatible";
    }
}
