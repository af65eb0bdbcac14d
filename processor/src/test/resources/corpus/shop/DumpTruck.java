package shop;

import jakarta.persistence.*;

/** A third JOINED level: its key references Truck's vehicle_id, not Vehicle's id. */
@Entity
public class DumpTruck extends Truck {
    private int axles;
}
