package dev.entitylint.example.tenancy;

import dev.entitylint.CurrentTenant;
import dev.entitylint.CurrentUser;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;

/**
 * The tenant resolver. One place answers "which tenant, which user" for everything that needs it:
 * the generated repositories (a {@link CurrentTenant} bean binds every query to the tenant, a
 * {@link CurrentUser} bean stamps {@code deleted_by}) and Spring Data's auditing (the
 * {@link AuditorAware} bean stamps {@code created_by} / {@code updated_by}).
 */
@Configuration(proxyBeanMethods = false)
public class TenancyConfiguration {

    /** Asked by every generated repository of a table with {@code tenant_id}, at every call. */
    @Bean
    CurrentTenant<String> currentTenant() {
        return TenantContext::tenant;
    }

    /** Spring Data's auditor: {@code @CreatedBy} and {@code @LastModifiedBy}. */
    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.ofNullable(TenantContext.user());
    }

    /** The same user for entitylint: {@code deleted_by} is stamped as {@code created_by} is. */
    @Bean
    CurrentUser<String> currentUser(AuditorAware<String> auditorAware) {
        return () -> auditorAware.getCurrentAuditor().orElse(null);
    }
}
