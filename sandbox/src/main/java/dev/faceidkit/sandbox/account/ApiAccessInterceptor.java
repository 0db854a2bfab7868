package dev.faceidkit.sandbox.account;

import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.http.RequestPaths;
import dev.faceidkit.sandbox.http.ServedOperations;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authenticates and admits every call of a FaceID operation before its arguments are even bound, so that a
 * caller learns about its credentials before it learns about its form: credentials, then the account-wide
 * checks, then a concurrency permit held until the call completes.
 */
@Component
public class ApiAccessInterceptor implements HandlerInterceptor {

    private static final String PERMIT = ApiAccessInterceptor.class.getName() + ".permit";

    private final KeyAuthenticator keyAuthenticator;
    private final SignAuthenticator signAuthenticator;
    private final AccessPolicy accessPolicy;
    private final ConcurrencyGuard concurrencyGuard;
    private final ServedOperations operations;

    public ApiAccessInterceptor(KeyAuthenticator keyAuthenticator, SignAuthenticator signAuthenticator,
                                AccessPolicy accessPolicy, ConcurrencyGuard concurrencyGuard,
                                ServedOperations operations) {
        this.keyAuthenticator = keyAuthenticator;
        this.operations = operations;
        this.signAuthenticator = signAuthenticator;
        this.accessPolicy = accessPolicy;
        this.concurrencyGuard = concurrencyGuard;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        ApiOperation op = operations.at(RequestPaths.of(request))
                .orElseThrow(() -> new IllegalStateException("Interceptor mapped outside the FaceID operations"));
        Account account = op == ApiOperation.GET_BIZ_TOKEN
                ? signAuthenticator.authenticate(request)
                : keyAuthenticator.authenticate(request);
        accessPolicy.check(account, op, request.getRemoteAddr());
        ConcurrencyGuard.Permit permit = concurrencyGuard.tryAcquire(account)
                .orElseThrow(() -> FaceIdError.of(FaceIdErrorCode.CONCURRENCY_LIMIT_EXCEEDED));
        request.setAttribute(PERMIT, permit);
        Caller.set(request, account);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (request.getAttribute(PERMIT) instanceof ConcurrencyGuard.Permit permit) {
            permit.release();
        }
    }
}
