package dev.entitylint.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Another processor interested in {@code @Entity}, standing in for Hibernate's metamodel generator. */
final class RecordingProcessor extends AbstractProcessor {

    private final List<String> seen = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("jakarta.persistence.Entity");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                seen.add(((TypeElement) element).getQualifiedName().toString());
            }
        }
        return false;
    }

    List<String> seen() {
        return seen.stream().sorted().toList();
    }
}
