package shop;

import jakarta.persistence.*;

@Entity
public class Document extends Node {
    @Column(length = 80)
    private String title;
}
