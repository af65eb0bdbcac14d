package dev.entitylint;

/**
 * The tenant the current unit of work belongs to, as the application knows it (from the request,
 * the security context, the message being handled). A generated repository of an entity with a
 * tenant column takes one in its constructor (in Spring or CDI: a bean) and asks it on every call:
 * each query reads and writes only this tenant's rows, and no generated method takes a tenant
 * argument.
 *
 * <p>Answer the same tenant for the whole transaction. An implementation that cannot tell the
 * tenant should throw (an {@link IllegalStateException}, say) rather than guess: a {@code null}
 * answer makes the repository throw {@link IllegalStateException} before any work.
 *
 * @param <T> the type of the tenant attribute ({@code String}, {@code Long}, {@code UUID}, ...)
 */
@FunctionalInterface
public interface CurrentTenant<T> {

    /**
     * The current tenant.
     *
     * @return the tenant, never {@code null}
     */
    T currentTenant();
}
