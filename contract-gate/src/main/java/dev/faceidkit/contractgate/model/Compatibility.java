package dev.faceidkit.contractgate.model;

/** Whether a client or server written against the old contract can break on the new one. */
public enum Compatibility {
    BREAKING, COMPATIBLE
}
