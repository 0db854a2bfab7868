package dev.faceidkit.contractmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a request carried, field by field, for {@link Operation#check}: each field's name, whether it came as text
 * or as a file part, and a text's value. File contents are never kept, only their size.
 */
public final class ReceivedRequest {

    /** One field as received; {@code text} is null for a file part. */
    public record Part(String name, Field.Part kind, String text, long size) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final Map<String, Part> firstByName = new HashMap<>();

    public ReceivedRequest text(String name, String value) {
        return add(new Part(name, Field.Part.TEXT, value, value == null ? 0 : value.length()));
    }

    public ReceivedRequest file(String name, long size) {
        return add(new Part(name, Field.Part.FILE, null, size));
    }

    /**
     * A part as it was sent, which may differ from how its field is read: a file field sent without a filename
     * is read as the file (D-52) but recorded here as {@code TEXT} with its size, so a check reports the kind.
     */
    public ReceivedRequest part(String name, Field.Part kind, String text, long size) {
        return add(new Part(name, kind, text, size));
    }

    private ReceivedRequest add(Part part) {
        parts.add(part);
        firstByName.putIfAbsent(part.name(), part);
        return this;
    }

    public List<Part> parts() {
        return List.copyOf(parts);
    }

    /** The first part of this name; a repeated field counts by its first occurrence. */
    public Optional<Part> first(String name) {
        return Optional.ofNullable(firstByName.get(name));
    }
}
