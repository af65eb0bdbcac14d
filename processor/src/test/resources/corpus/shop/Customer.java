package shop;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** Explicit table name, a secondary table, two embedded addresses, element collections. */
@Entity
@Table(name = "customers",
        indexes = @Index(name = "ix_customers_email", columnList = "email", unique = true),
        uniqueConstraints = @UniqueConstraint(name = "uq_customers_tax_number", columnNames = "tax_number"))
@SecondaryTable(name = "customer_details", pkJoinColumns = @PrimaryKeyJoinColumn(name = "customer_id"))
public class Customer extends AuditedEntity {
    @NotBlank
    @Size(max = 320)
    private String email;

    @Column(name = "tax_number", length = 32)
    private String taxNumber;

    @Column(length = 100)
    @Size(max = 50)
    private String nickname;

    /** @Valid: Hibernate applies the embeddable's Bean Validation constraints to these columns. */
    @Embedded
    @Valid
    private Address billingAddress;

    /**
     * Without @Valid, Hibernate ignores @NotNull/@Size inside the embeddable. An override replaces
     * the embeddable's @Column as a whole: ship_street is 255 long, not the 120 Address states.
     */

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "ship_street")),
        @AttributeOverride(name = "city", column = @Column(name = "ship_city")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "ship_zip", length = 10)),
        @AttributeOverride(name = "country", column = @Column(name = "ship_country", length = 2))
    })
    private Address shippingAddress;

    @Lob
    @Column(table = "customer_details")
    private String notes;

    @Column(table = "customer_details", length = 500)
    private String preferences;

    @ElementCollection
    @Column(length = 40)
    private Set<String> tags;

    @ElementCollection
    @CollectionTable(name = "customer_phones", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<Phone> phones;

    @Enumerated(EnumType.STRING)
    @Column(length = 16, nullable = false)
    private CustomerStatus status;

    private boolean vip;
}
