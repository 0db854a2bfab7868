package dev.faceidkit.contractgate.rules;

import static dev.faceidkit.contractgate.compare.Json.texts;

import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractgate.compare.Doc;
import java.util.List;

/**
 * {@code servers-changed}: a server added, removed, or a new default. Compatible: the contract does not promise a
 * host, but generated clients take their base URL from the first server, so it is reported.
 */
public final class ServersRule implements DocumentRule {

    public static final String NAME = "servers-changed";

    @Override
    public void check(Doc before, Doc after, Changes out) {
        List<String> oldServers = texts(before.root().path("servers"), "url");
        List<String> newServers = texts(after.root().path("servers"), "url");
        for (String url : oldServers) {
            if (!newServers.contains(url)) {
                out.compatible(NAME, "servers", "server " + url + " no longer listed (clients configured with it keep"
                        + " working only if the host still serves the API)");
            }
        }
        if (!oldServers.isEmpty() && !newServers.isEmpty() && !oldServers.get(0).equals(newServers.get(0))) {
            out.compatible(NAME, "servers[0]", "default server " + oldServers.get(0) + " → " + newServers.get(0)
                    + " (generated clients take their base URL from it)");
        }
        for (String url : newServers) {
            if (!oldServers.contains(url)) {
                out.compatible(NAME, "servers", "new server " + url);
            }
        }
    }
}
