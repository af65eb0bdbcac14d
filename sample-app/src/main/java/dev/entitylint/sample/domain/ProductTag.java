package dev.entitylint.sample.domain;

import dev.entitylint.Allow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import java.util.UUID;

/** Tags products: an explicit join entity instead of a hidden @ManyToMany join table. */
@Entity
@Table(name = "product_tags",
    uniqueConstraints = @UniqueConstraint(name = "uq_product_tags_tenant_id_product_id_tag_id",
                                          columnNames = {"tenant_id", "product_id", "tag_id"}),
    indexes = {@Index(name = "ix_product_tags_product_id", columnList = "product_id"),
               @Index(name = "ix_product_tags_tag_id", columnList = "tag_id")})
@Allow(value = "soft-delete", reason = "a link carries no history of its own; removing the link is the delete")
public class ProductTag extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    /** The tenant of the product and the tag: a link is read and written within one tenant. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tenant_id", nullable = false, foreignKey = @ForeignKey(name = "fk_product_tags_tenants"))
    @OnDelete(action = OnDeleteAction.RESTRICT)
    private Tenant tenant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, foreignKey = @ForeignKey(name = "fk_product_tags_products"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tag_id", nullable = false, foreignKey = @ForeignKey(name = "fk_product_tags_tags"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Tag tag;

    protected ProductTag() {
    }

    public ProductTag(Product product, Tag tag) {
        this.tenant = product.getTenant();
        this.product = product;
        this.tag = tag;
    }

    public UUID getId() {
        return id;
    }

    public Tenant getTenant() {
        return tenant;
    }

    public Product getProduct() {
        return product;
    }

    public Tag getTag() {
        return tag;
    }
}
