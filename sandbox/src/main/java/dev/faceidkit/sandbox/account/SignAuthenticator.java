package dev.faceidkit.sandbox.account;

import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import dev.faceidkit.signing.BizTokenSignCheck;
import dev.faceidkit.signing.BizTokenSignature;
import dev.faceidkit.signing.DecodedBizTokenSign;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Identifies the caller of get_biz_token by its {@code sign} (DECISIONS.md, D-9): a sign that cannot be decoded
 * or names an unknown api_key is {@code AUTHENTICATION_ERROR}; a MAC that does not match the key's secret is
 * {@code INVALID_SIGN}; a matching but expired sign is {@code EXPIRED_SIGN}. The MAC is compared in constant time
 * by the SDK's {@link DecodedBizTokenSign}.
 */
@Component
public class SignAuthenticator {

    private final AccountRegistry registry;
    private final Clock clock;

    public SignAuthenticator(AccountRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public Account authenticate(HttpServletRequest request) {
        String sign = request.getParameter("sign");
        if (sign == null || sign.isEmpty()) {
            throw FaceIdError.missing("sign");
        }
        String signVersion = request.getParameter("sign_version");
        if (signVersion == null || signVersion.isEmpty()) {
            throw FaceIdError.missing("sign_version");
        }
        if (!BizTokenSignature.SIGN_VERSION.equals(signVersion)) {
            throw FaceIdError.bad("sign_version");
        }
        DecodedBizTokenSign decoded;
        try {
            decoded = DecodedBizTokenSign.decode(sign);
        } catch (IllegalArgumentException e) {
            throw FaceIdError.of(FaceIdErrorCode.AUTHENTICATION_ERROR);
        }
        Account account = registry.find(decoded.payload().apiKey())
                .orElseThrow(() -> FaceIdError.of(FaceIdErrorCode.AUTHENTICATION_ERROR));
        BizTokenSignCheck check = decoded.check(account.apiSecret(), clock);
        if (!check.macValid()) {
            throw Refusal.INVALID_SIGN.error(ApiOperation.GET_BIZ_TOKEN);
        }
        if (check.expired()) {
            throw Refusal.EXPIRED_SIGN.error(ApiOperation.GET_BIZ_TOKEN);
        }
        return account;
    }
}
