package shop;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(indexes = @Index(name = "ix_category_parent_id", columnList = "parent_id"))
public class Category extends BaseEntity {
    @Column(length = 60)
    private String title;

    @ManyToMany(mappedBy = "categories")
    private Set<Product> products;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "fk_category_parent"))
    private Category parent;
}
