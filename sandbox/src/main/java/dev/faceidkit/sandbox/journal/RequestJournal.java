package dev.faceidkit.sandbox.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The most recent requests to the FaceID paths, newest first; a ring of fixed size, so memory stays bounded. */
@Component
public class RequestJournal {

    private final int capacity;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();

    public RequestJournal(@Value("${faceid.sandbox.journal.size:1000}") int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("faceid.sandbox.journal.size must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public synchronized void record(JournalEntry entry) {
        if (entries.size() == capacity) {
            entries.removeLast();
        }
        entries.addFirst(entry);
    }

    /** Newest first, the entries the filter matches, at most {@code limit}. */
    public synchronized List<JournalEntry> entries(JournalFilter filter, int limit) {
        List<JournalEntry> selected = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (selected.size() == limit) {
                break;
            }
            if (filter.matches(entry)) {
                selected.add(entry);
            }
        }
        return selected;
    }

    /** Removes the entries the filter matches (all, for an empty filter) and says how many. */
    public synchronized int remove(JournalFilter filter) {
        int before = entries.size();
        entries.removeIf(filter::matches);
        return before - entries.size();
    }

    public int capacity() {
        return capacity;
    }
}
