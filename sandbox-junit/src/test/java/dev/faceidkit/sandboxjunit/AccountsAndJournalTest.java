package dev.faceidkit.sandboxjunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faceidkit.sdk.Comparison;
import dev.faceidkit.sdk.FaceIdClient;
import dev.faceidkit.sdk.FaceImage;
import dev.faceidkit.sdk.GetResultRequest;
import dev.faceidkit.sdk.VerifyRequest;
import dev.faceidkit.sdk.errors.FaceIdApiException;
import dev.faceidkit.sdk.errors.PermissionDeniedException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Accounts of a test's own, and journal views that filter, clear only what they show, and refuse typos. */
@FaceIdSandbox
class AccountsAndJournalTest {

    private static final VerifyRequest KNOWN_IDENTITY = VerifyRequest.builder()
            .comparison(Comparison.dataSource("张三", "11010519491231002X"))
            .faceImage(FaceImage.faceToken("5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b"))
            .build();

    @Test
    void anInjectedAccountHasItsOwnKeyPermissionsAndJournal(
            @WithAccount(dataSourceComparison = false) SandboxAccount account, RecordedRequests journal) {
        assertThat(account.apiKey()).startsWith("test-AccountsAndJournalTest-anInjectedAccount");
        try (FaceIdClient client = account.client()) {
            assertThatThrownBy(() -> client.verify(KNOWN_IDENTITY)).isInstanceOf(PermissionDeniedException.class);
        }
        RecordedRequest sent = account.requests().last();
        assertThat(sent.apiKey()).isEqualTo(account.apiKey());
        assertThat(sent.status()).isEqualTo(403);
        assertThat(account.requests().status(403).operation("verify").all()).hasSize(1);
        assertThat(account.requests().status(200).all()).isEmpty();
        assertThat(journal.withApiKey(account.apiKey())).hasSize(1);
    }

    @Test
    void clearingAnAccountsRequestsLeavesEveryoneElsesAlone(SandboxAccount mine, SandboxAccount theirs) {
        try (FaceIdClient myClient = mine.client(); FaceIdClient theirClient = theirs.client()) {
            myClient.verify(KNOWN_IDENTITY);
            theirClient.verify(KNOWN_IDENTITY);
        }
        assertThat(mine.requests().clear()).isEqualTo(1);
        assertThat(mine.requests().all()).isEmpty();
        assertThat(theirs.requests().all()).hasSize(1);
    }

    @Test
    void aRemovedAccountIsAnUnknownKey(RunningSandbox sandbox) {
        AtomicReference<FaceIdClient> client = new AtomicReference<>();
        try (SandboxAccount account = sandbox.addAccount(AccountSettings.builder("added-by-hand-" + System.nanoTime())
                .apiSecret("hand-secret").deniedApis("getResult").concurrencyLimit(1).build())) {
            client.set(account.client());
            assertThatThrownBy(() -> client.get().getResult(GetResultRequest.builder().bizId("any-biz-id").build()))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        assertThatThrownBy(() -> client.get().getResult(GetResultRequest.builder().bizId("any-biz-id").build()))
                .isInstanceOfSatisfying(FaceIdApiException.class,
                        e -> assertThat(e.rawCode()).isEqualTo("AUTHENTICATION_ERROR"));
        client.get().close();
    }

    @Test
    void aKeyInUseIsRefused(RunningSandbox sandbox) {
        assertThatThrownBy(() -> sandbox.addAccount(AccountSettings.builder(RunningSandbox.API_KEY).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("409")
                .hasMessageContaining(RunningSandbox.API_KEY);
    }

    @Test
    void aFilterTheJournalCannotMatchFailsInsteadOfMatchingNothing(RecordedRequests journal) {
        assertThatThrownBy(() -> journal.operation("verfy").all()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown operation 'verfy'");
        assertThatThrownBy(() -> journal.status(42).all()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status");
    }

    @Test
    void settingsNeverShowTheSecret() {
        assertThat(AccountSettings.builder("k").apiSecret("do-not-show").build().toString())
                .doesNotContain("do-not-show");
    }
}
