package shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The second link of the chain: audit and soft-delete columns. */
@MappedSuperclass
public abstract class AuditedEntity extends BaseEntity {
    @NotNull
    private Instant createdAt;

    private Instant updatedAt;

    private Instant deletedAt;
}
