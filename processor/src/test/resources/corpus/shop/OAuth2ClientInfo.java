package shop;

import jakarta.persistence.*;

/** Digits inside camel case: snake_case names follow Spring Boot's CamelCaseToUnderscoresNamingStrategy. */
@Entity
@Table(indexes = @Index(name = "ix_oauth2_client", columnList = "oauth2ClientId"))
public class OAuth2ClientInfo {
    @Id
    private Long oauth2Id;

    @Column(length = 64)
    private String oauth2ClientId;

    @Column(length = 64)
    private String sha256Hash;

    @ManyToOne
    private Supplier v2Supplier;
}
