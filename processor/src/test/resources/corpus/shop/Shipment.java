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

    /** Joined on another column than the key: the default name is <attribute>_<that column>. */
    @ManyToOne
    @JoinColumn(referencedColumnName = "oauth2ClientId")
    private OAuth2ClientInfo byClientId;
}
