package dev.entitylint.mistakes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Date;

/** Deliberately wrong: audit columns of the wrong type, no soft-delete column. */
@Entity
@Table(name = "customers")
// expect: soft-delete
public class Customer {
    @Id @GeneratedValue Long id;

    @Column(length = 320) String email;

    // expect: timestamp-tz
    @Column(name = "created_at") Date createdAt;

    // expect: audit-fields
    @Column(name = "updated_at", length = 30) String updatedAt;
}
