package shop;

import jakarta.persistence.*;

@Entity
public class Shipment {
    @Id
    private Long trackingNumber;

    @ManyToOne
    private Supplier supplier;

    @ManyToOne
    @JoinColumn(nullable = false)
    private Supplier backupSupplier;

    @ManyToOne
    private OAuth2ClientInfo client;
}
