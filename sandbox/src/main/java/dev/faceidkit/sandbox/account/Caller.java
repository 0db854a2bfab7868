package dev.faceidkit.sandbox.account;

import jakarta.servlet.http.HttpServletRequest;

/** The authenticated account of the current request, set by {@link ApiAccessInterceptor}. */
public final class Caller {

    private static final String ATTRIBUTE = Caller.class.getName();

    private Caller() {
    }

    static void set(HttpServletRequest request, Account account) {
        request.setAttribute(ATTRIBUTE, account);
    }

    public static Account of(HttpServletRequest request) {
        Object account = request.getAttribute(ATTRIBUTE);
        if (!(account instanceof Account found)) {
            throw new IllegalStateException("No authenticated caller on this request");
        }
        return found;
    }
}
