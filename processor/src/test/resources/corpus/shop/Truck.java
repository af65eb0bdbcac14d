package shop;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@PrimaryKeyJoinColumn(name = "vehicle_id")
public class Truck extends Vehicle {
    @Column(precision = 8, scale = 2)
    private BigDecimal payload;
}
