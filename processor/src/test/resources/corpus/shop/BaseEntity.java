package shop;

import jakarta.persistence.*;

/** The root of a @MappedSuperclass chain: the identifier and the version. */
@MappedSuperclass
public abstract class BaseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Version
    private long version;
}
