package shop;

import jakarta.persistence.*;
import java.time.Instant;

/** A quoted table name: the names the fixes propose from it must still be valid Java string literals. */
@Entity
@Table(name = "\"Order Lines\"", indexes = @Index(columnList = "\"Position\""))
public class OrderLine {
    @Id Long id;

    @ManyToOne(fetch = FetchType.LAZY) Invoice invoice;

    @Column(name = "\"Position\"") Integer position;

    @Column(name = "created_at") Instant createdAt;
    @Column(name = "updated_at") Instant updatedAt;
    @Column(name = "deleted_at") Instant deletedAt;
}
