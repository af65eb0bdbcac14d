package shop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "customers", uniqueConstraints = @UniqueConstraint(columnNames = "email"))
public class Customer {
    @Id
    Long id;

    String email;

    @Column(nullable = false)
    String name;

    String country;

    BigDecimal creditLimit;

    @Column(name = "balance")
    BigDecimal balance;

    @Column(scale = 2)
    BigDecimal discountTotal;

    @Column(precision = 12)
    BigDecimal feeAmount;

    double price;

    Status status;

    @Column(name = "created_at") Instant createdAt;
    @Column(name = "updated_at") Instant updatedAt;
    @Column(name = "deleted_at") Instant deletedAt;

    public enum Status { NEW, ACTIVE }
}
