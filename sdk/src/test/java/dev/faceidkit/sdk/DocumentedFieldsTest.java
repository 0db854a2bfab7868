package dev.faceidkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.sdk.testing.BundledSpec;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The names refused as extra fields are exactly the contract's fields of each operation. */
class DocumentedFieldsTest {

    @Test
    void matchTheBundledContract() {
        assertThat(VerifyRequest.DOCUMENTED_FIELDS).isEqualTo(BundledSpec.requestFieldNames("verify"));
        assertThat(RawVerifyRequest.DOCUMENTED_FIELDS).isEqualTo(BundledSpec.requestFieldNames("rawVerify"));
        assertThat(GetResultRequest.DOCUMENTED_PARAMETERS).isEqualTo(BundledSpec.requestFieldNames("getResult"));
        // get_biz_token has no api_key/api_secret (D-20); the SDK still refuses them, so a secret never travels.
        Set<String> bizToken = new HashSet<>(BundledSpec.requestFieldNames("getBizToken"));
        assertThat(bizToken).doesNotContain("api_key", "api_secret");
        bizToken.addAll(Set.of("api_key", "api_secret"));
        assertThat(BizTokenRequest.DOCUMENTED_FIELDS).isEqualTo(bizToken);
    }
}
