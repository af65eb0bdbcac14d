package shop;

import jakarta.persistence.*;

@Entity
public class Folder extends Node {
    @ManyToOne
    private Document pinned;
}
