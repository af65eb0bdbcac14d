package shop.support;

/** A class of the application that happens to share its name with jakarta.persistence.Index. */
public final class Index {
    private Index() {
    }
}
