package dev.entitylint.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.entitylint.processor.EntityLintProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles entity sources with the processor and loads what came out (entities and generated
 * repositories) into a class loader whose parent is the test class path, so the classes run
 * against the real Jakarta Persistence API and Hibernate.
 */
public final class CompiledSources {

    private final Compilation compilation;
    private final ClassLoader loader;

    private CompiledSources(Compilation compilation) {
        this.compilation = compilation;
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String path = file.toUri().getPath();
            String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                    path.length() - ".class".length()).replace('/', '.');
            try (InputStream in = file.openInputStream()) {
                classes.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        this.loader = new BytesClassLoader(classes, CompiledSources.class.getClassLoader());
    }

    /** Compiles with the processor; fails the test on any error, listing every diagnostic. */
    public static CompiledSources compile(List<String> options, JavaFileObject... sources) {
        Compilation compilation = javac().withProcessors(new EntityLintProcessor()).withOptions(options)
                .compile(sources);
        if (compilation.status() != Compilation.Status.SUCCESS) {
            throw new AssertionError("compilation failed:\n" + describe(compilation));
        }
        return new CompiledSources(compilation);
    }

    public static String describe(Compilation compilation) {
        return compilation.diagnostics().stream()
                .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":"
                        + d.getLineNumber() + " ") + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    public Compilation compilation() {
        return compilation;
    }

    public ClassLoader loader() {
        return loader;
    }

    public Class<?> load(String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not compiled: " + name, e);
        }
    }

    /** The source of a generated file, by qualified class name. */
    public String generatedSource(String qualifiedName) {
        return compilation.generatedSourceFile(qualifiedName)
                .map(f -> {
                    try {
                        return f.getCharContent(true).toString();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName + "; diagnostics:\n"
                        + describe(compilation)));
    }

    /** Diagnostics of one kind. */
    public List<Diagnostic<? extends JavaFileObject>> diagnostics(Diagnostic.Kind kind) {
        return compilation.diagnostics().stream().filter(d -> d.getKind() == kind).collect(Collectors.toList());
    }

    private static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
