package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "invoices")
public class Invoice {
    @Id Long id;

    @Enumerated(EnumType.ORDINAL) Kind kind;

    @Enumerated(value = EnumType.ORDINAL)
    Kind previousKind;

    @ManyToOne(fetch = FetchType.EAGER) Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    Customer payer;

    @Column(length = 20) String number;

    @Column(name = "created_at") Instant createdAt;
    @Column(name = "updated_at") Instant updatedAt;
    @Column(name = "deleted_at") Instant deletedAt;

    enum Kind { STANDARD, CREDIT_NOTE }
}
