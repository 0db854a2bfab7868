package dev.faceidkit.sdk.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class FaceIdTransportExceptionTest {

    @Test
    void failuresBeforeConnectingWereNeverSent() {
        assertThat(FaceIdTransportException.wasNeverSent(new ConnectException("Connection refused"))).isTrue();
        assertThat(FaceIdTransportException.wasNeverSent(new UnknownHostException("api.example"))).isTrue();
        assertThat(FaceIdTransportException.wasNeverSent(new NoRouteToHostException())).isTrue();
        assertThat(FaceIdTransportException.wasNeverSent(new IOException("wrapped", new ConnectException()))).isTrue();
    }

    @Test
    void timeoutsAndOtherFailuresMayHaveReachedTheServer() {
        assertThat(FaceIdTransportException.wasNeverSent(new SocketTimeoutException("timeout"))).isFalse();
        assertThat(FaceIdTransportException.wasNeverSent(new InterruptedIOException("timeout"))).isFalse();
        assertThat(FaceIdTransportException.wasNeverSent(new IOException("unexpected end of stream"))).isFalse();
    }

    @Test
    void fromKeepsTheCauseAndSaysWhetherTheRequestMayHaveArrived() {
        ConnectException refused = new ConnectException("Failed to connect to /127.0.0.1:9");
        FaceIdTransportException notSent = FaceIdTransportException.from(refused);
        FaceIdTransportException maybeSent = FaceIdTransportException.from(new SocketTimeoutException("timeout"));

        assertThat(notSent.mayHaveReachedServer()).isFalse();
        assertThat(notSent).hasCause(refused).isInstanceOf(FaceIdException.class).hasMessage(
                "I/O failure, the request was never sent: java.net.ConnectException: Failed to connect to /127.0.0.1:9");
        assertThat(maybeSent.mayHaveReachedServer()).isTrue();
        assertThat(maybeSent).hasMessage(
                "I/O failure, the request may have reached the server: java.net.SocketTimeoutException: timeout");
    }
}
