package dev.faceidkit.sdk.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * A client's whole-call deadline ({@code FaceIdClient.Builder#callTimeout}), kept without waking a thread per call.
 * A call is noted with its deadline when it starts and forgotten when it ends; one daemon thread, shared by every
 * client, looks at the running calls every {@value #SWEEP_MILLIS} ms and cancels those past their deadline. It
 * stops after {@value #IDLE_SECONDS} s without calls and starts again with the next one.
 *
 * <p>OkHttp's own call timeout keeps the same promise with a watchdog thread that every call wakes; on a fast
 * network that wake-up cost more than the rest of the SDK's work per call. The price here is precision: a call
 * ends within {@value #SWEEP_MILLIS} ms after its deadline.
 */
public final class CallDeadlines {

    static final long SWEEP_MILLIS = 50;
    static final long IDLE_SECONDS = 10;
    private static final long SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(SWEEP_MILLIS);
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(IDLE_SECONDS);

    // Every client's running calls, with their deadlines (System.nanoTime()).
    private static final Map<Call, Long> RUNNING = new ConcurrentHashMap<>();
    // Calls the sweeper cancelled, until their client has turned the failure into a timeout.
    private static final Set<Call> EXPIRED = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean SWEEPING = new AtomicBoolean();
    private static volatile long lastStart;

    private final Duration timeout;
    private final long timeoutNanos;

    /** @param timeout the limit of each whole call, retries included; {@link Duration#ZERO} for none */
    public CallDeadlines(Duration timeout) {
        this.timeout = timeout;
        this.timeoutNanos = timeout.toNanos();
    }

    /** Notes a call that is about to run. */
    public void start(Call call) {
        if (timeoutNanos == 0) {
            return;
        }
        long now = System.nanoTime();
        RUNNING.put(call, now + timeoutNanos);
        lastStart = now;
        if (!SWEEPING.get() && SWEEPING.compareAndSet(false, true)) {
            Thread sweeper = new Thread(CallDeadlines::sweep, "faceid-sdk-call-deadlines");
            sweeper.setDaemon(true);
            sweeper.start();
        }
    }

    /** The failure of a call, as a timeout when the deadline is why it failed. */
    public IOException failure(Call call, IOException failure) {
        if (timeoutNanos == 0 || !EXPIRED.contains(call)) {
            return failure;
        }
        InterruptedIOException timedOut = new InterruptedIOException("call timeout of " + timeout + " elapsed");
        timedOut.initCause(failure);
        return timedOut;
    }

    /** Forgets a call that has ended, however it ended. */
    public void end(Call call) {
        if (timeoutNanos != 0) {
            RUNNING.remove(call);
            EXPIRED.remove(call);
        }
    }

    private static void sweep() {
        while (true) {
            LockSupport.parkNanos(SWEEP_NANOS);
            long now = System.nanoTime();
            if (RUNNING.isEmpty() && now - lastStart > IDLE_NANOS) {
                SWEEPING.set(false);
                // A call noted meanwhile saw this thread still sweeping: keep going, unless another one started.
                if (RUNNING.isEmpty() || !SWEEPING.compareAndSet(false, true)) {
                    return;
                }
            }
            RUNNING.forEach((call, deadline) -> {
                if (now - deadline >= 0 && RUNNING.remove(call, deadline)) {
                    EXPIRED.add(call);
                    call.cancel();
                }
            });
        }
    }
}
