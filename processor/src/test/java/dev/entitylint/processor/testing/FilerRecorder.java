package dev.entitylint.processor.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Runs a processor with a {@link Filer} that records every file it creates and the originating
 * elements it names, which is what Gradle's incremental processing goes by. The one Filer
 * recorder of the tests.
 */
public final class FilerRecorder implements Processor {

    /**
     * One file created through the Filer.
     *
     * @param method {@code createSourceFile}, {@code createClassFile} or {@code createResource}
     * @param name the type's name, or {@code <package>/<relative name>} of a resource
     */
    public record Created(String method, String name, List<Element> originatingElements) {
    }

    private final Processor delegate;
    private final List<Created> created = new ArrayList<>();

    public FilerRecorder(Processor delegate) {
        this.delegate = delegate;
    }

    /** Every file created, in order. */
    public List<Created> created() {
        return List.copyOf(created);
    }

    /** Generated sources by name, each with its originating elements' names. */
    public Map<String, List<String>> sourceFiles() {
        Map<String, List<String>> files = new TreeMap<>();
        for (Created file : created) {
            if (file.method().equals("createSourceFile")) {
                files.put(file.name(), file.originatingElements().stream().map(Object::toString).toList());
            }
        }
        return files;
    }

    @Override
    public void init(ProcessingEnvironment env) {
        Filer filer = env.getFiler();
        Filer recording = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("create")) {
                        record(method.getName(), args);
                    }
                    return invoke(method, filer, args);
                });
        InvocationHandler environment = (proxy, method, args) ->
                method.getName().equals("getFiler") ? recording : invoke(method, env, args);
        delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(ProcessingEnvironment.class.getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class}, environment));
    }

    private void record(String method, Object[] args) {
        List<Element> originating = new ArrayList<>();
        String name;
        if (method.equals("createResource")) {
            // createResource(location, moduleAndPkg, relativeName, Element... originatingElements)
            name = args[1] + "/" + args[2];
            originating.addAll(Arrays.asList((Element[]) args[3]));
        } else {
            // createSourceFile / createClassFile(name, Element... originatingElements)
            name = String.valueOf(args[0]);
            originating.addAll(Arrays.asList((Element[]) args[1]));
        }
        created.add(new Created(method, name, List.copyOf(originating)));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Set<String> getSupportedOptions() {
        return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
            ExecutableElement member, String userText) {
        return delegate.getCompletions(element, annotation, member, userText);
    }
}
