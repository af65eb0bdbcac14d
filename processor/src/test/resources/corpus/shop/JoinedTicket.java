package shop;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("8")
public class JoinedTicket extends JoinedTicketBase {
    private Integer priority;
}
