package dev.entitylint.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** Rows of these tables are marked deleted, never removed by the application. */
@MappedSuperclass
public abstract class SoftDeletableEntity extends BaseEntity {

    /** NULL while the row is live; when it was deleted otherwise. */
    @Column(name = "deleted_at")
    private Instant deletedAt;

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
