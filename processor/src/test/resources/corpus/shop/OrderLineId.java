package shop;

import java.io.Serializable;
import java.util.Objects;

public class OrderLineId implements Serializable {
    private Long orderId;
    private int lineNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderLineId other && Objects.equals(orderId, other.orderId) && lineNo == other.lineNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, lineNo);
    }
}
