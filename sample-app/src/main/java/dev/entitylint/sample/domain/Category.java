package dev.entitylint.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A node of the tenant's category tree. */
@Entity
@Table(name = "categories", indexes = {
    @Index(name = "ix_categories_tenant_id", columnList = "tenant_id"),
    @Index(name = "ix_categories_parent_id", columnList = "parent_id")
})
public class Category extends TenantOwnedEntity {

    @Column(nullable = false, length = 100)
    private String name;

    // The roots of the tree have no parent.
    @ManyToOne(fetch = FetchType.LAZY, optional = true)
    @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "fk_categories_categories"))
    @OnDelete(action = OnDeleteAction.RESTRICT)
    private Category parent;

    @OneToMany(mappedBy = "parent")
    private Set<Category> children = new HashSet<>();

    protected Category() {
    }

    public Category(Tenant tenant, String name, Category parent) {
        setTenant(tenant);
        this.name = name;
        this.parent = parent;
    }

    public String getName() {
        return name;
    }

    public Category getParent() {
        return parent;
    }
}
