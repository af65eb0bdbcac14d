package dev.entitylint.processor.rules;

import static dev.entitylint.processor.testing.Lint.source;

import dev.entitylint.processor.testing.Lint;
import org.junit.jupiter.api.Test;

class LobColumnRuleTest {

    private final Lint lint = Lint.only("lob-column");

    @Test
    void reportsBinaryContentInTheRow() {
        lint.check(source("com.acme.Document", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Document {
                    @Id Long id;
                    // expect: warning lob-column "'content' stores binary content (byte[], @Lob) in the row"
                    @Lob byte[] content;
                    // expect: lob-column "keep the file in object storage and store its key: @Column(length = 512) String thumbnailKey"
                    byte[] thumbnail;
                    // expect: lob-column "(Byte[])"
                    Byte[] preview;
                    // expect: lob-column "(Blob)"
                    java.sql.Blob scan;
                    // expect: lob-column
                    @Column(columnDefinition = "bytea") byte[] original;
                }
                """));
    }

    @Test
    void acceptsSmallFixedSizeValuesAndText() {
        lint.check(source("com.acme.ApiKey", """
                package com.acme;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.Size;

                @Entity
                class ApiKey {
                    @Id Long id;
                    @Column(length = 32) byte[] sha256;
                    @Size(max = 16) byte[] salt;
                    @Column(columnDefinition = "binary(16)") byte[] uuid;
                    @Lob @Column(length = 100000) String notes;
                    @Column(length = 512) String fileKey;
                    @Transient byte[] cache;
                }
                """));
    }

    @Test
    void suppressed() {
        lint.check(source("com.acme.Avatar", """
                package com.acme;

                import dev.entitylint.Allow;
                import jakarta.persistence.*;

                @Entity
                class Avatar {
                    @Id Long id;
                    @Allow(value = "lob-column", reason = "icons under 4 KB, served with the row")
                    byte[] icon;
                }
                """));
    }

    @Test
    void reportedOnceInMappedSuperclassAndEmbeddable() {
        lint.check(source("com.acme.Attached", """
                package com.acme;

                import jakarta.persistence.*;

                @MappedSuperclass
                abstract class Attached {
                    @Id Long id;
                    // expect: lob-column "'attachment'"
                    @Lob byte[] attachment;
                }
                """), source("com.acme.Mail", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Mail extends Attached {
                    @Embedded Signature signature;
                }
                """), source("com.acme.Memo", """
                package com.acme;

                import jakarta.persistence.*;

                @Entity
                class Memo extends Attached {
                    @Embedded
                    @AttributeOverride(name = "image", column = @Column(name = "memo_signature"))
                    Signature signature;
                }
                """), source("com.acme.Signature", """
                package com.acme;

                import jakarta.persistence.*;

                @Embeddable
                class Signature {
                    // expect: lob-column "'image'"
                    byte[] image;
                }
                """));
    }
}
