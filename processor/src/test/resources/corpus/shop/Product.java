package shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

@Entity
@Table(name = "products")
public class Product extends BaseEntity {
    @Column(nullable = false, length = 80)
    private String name;

    @Column(precision = 12, scale = 2)
    private BigDecimal price;

    private BigDecimal weight;

    @Digits(integer = 6, fraction = 3)
    private BigDecimal volume;

    @Lob
    private byte[] image;

    @ManyToMany
    private Set<Category> categories;

    @ManyToMany
    @JoinTable(name = "product_related",
            joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"),
            foreignKey = @ForeignKey(name = "fk_product_related_product"))
    private Set<Product> related;

    /** A map of basic values: keyed by owner and map key. */
    @ElementCollection
    @CollectionTable(name = "product_attribute", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "attribute_name", length = 40)
    @Column(name = "attribute_value", length = 200)
    private Map<String, String> attributes;

    /** Every name implicit; an enum key stored by name. */
    @ElementCollection
    @MapKeyEnumerated(EnumType.STRING)
    private Map<PhoneKind, Integer> stockByKind;

    /** An enum key stored by position, a decimal value. */
    @ElementCollection
    @MapKeyColumn(name = "kind")
    @Column(name = "surcharge", precision = 8, scale = 2)
    private Map<PhoneKind, BigDecimal> surcharges;
}
