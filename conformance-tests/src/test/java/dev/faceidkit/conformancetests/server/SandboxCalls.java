package dev.faceidkit.conformancetests.server;

import dev.faceidkit.testsupport.http.Form;
import dev.faceidkit.testsupport.http.Reply;
import dev.faceidkit.testsupport.http.SimpleHttp;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/** Ways of calling the sandbox that several error tables share. */
final class SandboxCalls {

    static final String SIMULATE = "X-FaceID-Sandbox-Simulate";
    private static final String DELAY = "X-FaceID-Sandbox-Delay-Ms";

    private SandboxCalls() {
    }

    static Function<String, Reply> post(String path, Form form, String... headers) {
        return base -> SimpleHttp.post(base + path, form, headers);
    }

    /** Repeats a call until the sandbox refuses it (a call limit), at most {@code max} times; the last answer. */
    static Function<String, Reply> untilRefused(int max, Function<String, Reply> call) {
        return base -> {
            Reply last = null;
            for (int i = 0; i < max; i++) {
                last = call.apply(base);
                if (last.status() == 403) {
                    break;
                }
            }
            return last;
        };
    }

    /**
     * The second call while a first one holds the account's single concurrency slot (the first asks the
     * sandbox to take 3 s); the second's answer. On a slow machine the first may not have arrived yet when the
     * second is sent, so the pair is tried up to three times until the second is refused.
     */
    static Function<String, Reply> whileBusy(String path, Form form) {
        return base -> whileBusy(() -> SimpleHttp.post(base + path, form, DELAY, "3000"),
                () -> SimpleHttp.post(base + path, form));
    }

    static Function<String, Reply> whileBusyGet(String pathAndQuery) {
        return base -> whileBusy(() -> SimpleHttp.get(base + pathAndQuery, DELAY, "3000"),
                () -> SimpleHttp.get(base + pathAndQuery));
    }

    private static Reply whileBusy(Supplier<Reply> holder, Supplier<Reply> second) {
        Reply answer = null;
        for (int attempt = 0; attempt < 3 && (answer == null || answer.status() != 403); attempt++) {
            CompletableFuture<Reply> holding = CompletableFuture.supplyAsync(holder);
            sleep(Duration.ofMillis(800));
            answer = second.get();
            holding.join();
        }
        return answer;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
