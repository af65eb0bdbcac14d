package dev.entitylint.example.shop;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A Spring Data repository, in the entity's package as Spring's getting-started guide puts it.
 * It takes the name {@code CustomerRepository}, which is why the generated repositories are
 * called {@code ...Store} here. Spring Data knows nothing of tenants or soft delete: its queries
 * name the tenant and the live rows themselves.
 */
public interface CustomerRepository extends JpaRepository<Customer, UUID> {

    /** Live customers of a tenant whose name starts with {@code prefix}, by name. */
    List<Customer> findByTenantIdAndDeletedAtIsNullAndNameStartingWithOrderByName(String tenantId, String prefix);
}
