package shop;

import jakarta.persistence.*;

@Entity(name = "RoundShape")
public class Circle extends Shape {
    private double radius;
}
