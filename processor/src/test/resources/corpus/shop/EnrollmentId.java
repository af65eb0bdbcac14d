package shop;

import java.io.Serializable;
import java.util.Objects;

public class EnrollmentId implements Serializable {
    private String author;
    private Long manuscript;

    @Override
    public boolean equals(Object o) {
        return o instanceof EnrollmentId other && Objects.equals(author, other.author)
                && Objects.equals(manuscript, other.manuscript);
    }

    @Override
    public int hashCode() {
        return Objects.hash(author, manuscript);
    }
}
