package dev.faceidkit.contractgate.compare;

/**
 * Which side of the wire a schema describes. Most rules flip with it: what the client sends may only get looser,
 * what it receives may only get stricter.
 */
public enum Side {
    REQUEST, RESPONSE;

    public boolean isRequest() {
        return this == REQUEST;
    }
}
