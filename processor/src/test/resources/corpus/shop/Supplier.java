package shop;

import jakarta.persistence.*;
import java.util.List;

/** Key column not named id: default join columns are built from it. */
@Entity
public class Supplier {
    @Id
    @Column(name = "supplierNo", length = 16)
    private String number;

    @Embedded
    private ContactCard card;

    /** One-way @OneToMany @JoinColumn without a name: <attribute>_<owner key column> in Shipment. */
    @OneToMany
    @JoinColumn
    private List<Shipment> shipments;

    @ElementCollection
    @Column(length = 30)
    private List<String> tags;

    @ManyToMany
    private List<Shipment> watched;
}
