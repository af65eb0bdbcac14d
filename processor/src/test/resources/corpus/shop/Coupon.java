package shop;

import jakarta.persistence.*;

@Entity
public class Coupon {
    @Id
    @Column(length = 16)
    private String code;

    private int percentOff;
}
