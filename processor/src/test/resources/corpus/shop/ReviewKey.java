package shop;

import jakarta.persistence.*;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class ReviewKey implements Serializable {
    private String authorCode;
    private Long manuscriptId;

    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewKey other && Objects.equals(authorCode, other.authorCode)
                && Objects.equals(manuscriptId, other.manuscriptId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(authorCode, manuscriptId);
    }
}
