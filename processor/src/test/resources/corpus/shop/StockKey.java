package shop;

import jakarta.persistence.*;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class StockKey implements Serializable {
    @Column(name = "warehouse_code", length = 8)
    private String warehouseCode;

    @Column(length = 40)
    private String sku;

    @Override
    public boolean equals(Object o) {
        return o instanceof StockKey other && Objects.equals(warehouseCode, other.warehouseCode)
                && Objects.equals(sku, other.sku);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warehouseCode, sku);
    }
}
