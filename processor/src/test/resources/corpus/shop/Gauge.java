package shop;

import jakarta.persistence.*;

/**
 * Primitive attributes: Hibernate makes a primitive's implicit column NOT NULL, but an explicit
 * {@code @Column} (nullable defaults to true) leaves it nullable; {@code @Basic(optional = false)}
 * and {@code @Column(nullable = false)} make it NOT NULL again. A {@code @Version} column is NOT NULL.
 */
@Entity
public class Gauge {
    @Id
    private Long id;

    private int plain;

    @Column(name = "with_column")
    private int withColumn;

    @Column(precision = 5)
    private double reading;

    @Column(nullable = false)
    private int required;

    @Basic(optional = false)
    @Column(name = "basic_required")
    private int basicRequired;

    @Basic(optional = false)
    private Integer boxedRequired;

    @Basic
    private boolean enabled;

    @Version
    @Column(name = "row_version")
    private Long rowVersion;
}
