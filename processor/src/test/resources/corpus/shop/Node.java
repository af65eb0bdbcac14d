package shop;

import jakarta.persistence.*;

/** A mapped superclass whose association closes a cycle: Folder → Document → Folder, and Folder → Folder. */
@MappedSuperclass
public abstract class Node {
    @Id
    private Long id;

    @ManyToOne
    private Folder folder;
}
