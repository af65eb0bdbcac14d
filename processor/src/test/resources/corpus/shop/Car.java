package shop;

import jakarta.persistence.*;

@Entity
public class Car extends Vehicle {
    private int seats;
}
