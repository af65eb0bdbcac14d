package shop;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("1")
public class BugTicket extends Ticket {
    private Integer severity;
}
