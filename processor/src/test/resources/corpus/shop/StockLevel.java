package shop;

import jakarta.persistence.*;

@Entity
public class StockLevel {
    @EmbeddedId
    private StockKey key;

    private int quantity;
}
