package dev.entitylint.example.shop;

import dev.entitylint.Allow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A customer of one tenant; the e-mail address is unique within the tenant. */
@Entity
@Table(name = "customers",
    uniqueConstraints = @UniqueConstraint(name = "uk_customers_tenant_id_email", columnNames = {"tenant_id", "email"}),
    indexes = @Index(name = "ix_customers_tenant_id_name", columnList = "tenant_id, name"))
@Allow(value = "soft-delete-unique", reason = "an address stays taken while its customer is deleted, so that"
        + " restoring the customer cannot collide; H2, which the example also runs on, has no partial unique index")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Customer extends TenantOwnedEntity {

    @Column(nullable = false, length = 200)
    private String email;

    @Column(nullable = false, length = 120)
    private String name;

    public Customer(String email, String name) {
        this.email = email;
        this.name = name;
    }
}
