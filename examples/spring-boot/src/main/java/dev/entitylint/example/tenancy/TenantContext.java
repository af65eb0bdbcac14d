package dev.entitylint.example.tenancy;

import java.util.concurrent.Callable;

/**
 * Who the current thread works for: the tenant and the user. A web application would set it from
 * the request (a filter, the security context); the tests set it around each step with
 * {@link #call}. Everything tenant-aware reads it through the beans of {@link TenancyConfiguration}.
 */
public final class TenantContext {

    /** A tenant and a user of that tenant. */
    public record Principal(String tenant, String user) {
    }

    private static final ThreadLocal<Principal> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    /** The tenant the current thread works for, or {@code null} outside {@link #call}. */
    public static String tenant() {
        Principal principal = CURRENT.get();
        return principal == null ? null : principal.tenant();
    }

    /** The user the current thread works for, or {@code null} outside {@link #call}. */
    public static String user() {
        Principal principal = CURRENT.get();
        return principal == null ? null : principal.user();
    }

    /** Runs {@code work} as {@code user} of {@code tenant}, then restores what was there before. */
    public static <T> T call(String tenant, String user, Callable<T> work) throws Exception {
        Principal previous = CURRENT.get();
        CURRENT.set(new Principal(tenant, user));
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** {@link #call} for work that returns nothing. */
    public static void run(String tenant, String user, Runnable work) {
        try {
            call(tenant, user, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
