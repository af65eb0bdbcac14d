package com.shop;

import dev.entitylint.Allow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@IdClass(ProductTag.Key.class)
@Table(name = "product_tags", indexes = @Index(name = "ix_product_tags_tag_id", columnList = "tag_id"))
@Allow(value = "soft-delete", reason = "a link row carries no history; removing the link is the delete")
public class ProductTag {
    public static class Key implements Serializable {
        private UUID product;
        private UUID tag;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(product, k.product) && Objects.equals(tag, k.tag);
        }

        @Override
        public int hashCode() {
            return Objects.hash(product, tag);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tag_id")
    private Tag tag;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
}
