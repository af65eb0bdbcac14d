package com.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
// expect: audit-fields; soft-delete
public class Tenant {
    @Id
    private Long id;

    @Column(length = 80)
    private String name;
}
