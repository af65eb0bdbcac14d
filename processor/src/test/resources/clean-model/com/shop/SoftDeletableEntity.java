package com.shop;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

@MappedSuperclass
public abstract class SoftDeletableEntity extends BaseEntity {
    @Column(name = "deleted_at")
    private Instant deletedAt;
}
