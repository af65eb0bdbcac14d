package shop;

import jakarta.persistence.*;

@Entity
public class Square extends Shape {
    private Double side;
}
