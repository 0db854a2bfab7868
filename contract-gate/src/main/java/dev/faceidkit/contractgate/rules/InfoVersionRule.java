package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractgate.compare.Doc;

/** {@code info-version}: the contract's version changed. Reported, never breaking (the gate judges it). */
public final class InfoVersionRule implements DocumentRule {

    public static final String NAME = "info-version";

    @Override
    public void check(Doc before, Doc after, Changes out) {
        String oldVersion = before.root().path("info").path("version").asText();
        String newVersion = after.root().path("info").path("version").asText();
        if (!oldVersion.equals(newVersion)) {
            out.compatible(NAME, "info.version", "contract version " + oldVersion + " → " + newVersion);
        }
    }
}
