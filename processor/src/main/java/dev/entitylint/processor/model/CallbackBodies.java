package dev.entitylint.processor.model;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads which attributes a lifecycle callback's body assigns, through javac's syntax trees. Under a
 * compiler without them (ecj), and for methods compiled earlier (class files), nothing is known:
 * callers then count the callback as filling whatever it could fill, so no finding rests on a
 * body that was not read.
 */
public final class CallbackBodies {

    /** Reads nothing. */
    public static final CallbackBodies NONE = new CallbackBodies(null);

    private final Object trees;

    private CallbackBodies(Object trees) {
        this.trees = trees;
    }

    /** javac's trees for this compilation, or {@link #NONE} under another compiler. */
    public static CallbackBodies of(ProcessingEnvironment environment) {
        try {
            return new CallbackBodies(Trees.instance(environment));
        } catch (RuntimeException | LinkageError noTrees) {
            return NONE;
        }
    }

    /**
     * What {@code read} makes of the method's body, or {@code null} when there is no body to read:
     * another compiler, an abstract or class-file method, or a tree javac cannot give. The one way
     * method bodies are read (callbacks here, equals/hashCode in {@link EqualityBodies}).
     */
    <T> T readBody(ExecutableElement method, java.util.function.Function<BlockTree, T> read) {
        if (trees == null) {
            return null;
        }
        try {
            MethodTree tree = ((Trees) trees).getTree(method);
            return tree == null || tree.getBody() == null ? null : read.apply(tree.getBody());
        } catch (RuntimeException | LinkageError unreadable) {
            return null;
        }
    }

    /**
     * The attribute names the method's body assigns, or {@code null} when the body cannot be read
     * or hands work to another method of the class (a call without a receiver, or on
     * {@code this}/{@code super}, other than a setter).
     */
    Set<String> assigned(ExecutableElement method) {
        return readBody(method, body -> {
            Scanner scanner = new Scanner();
            body.accept(scanner, null);
            return scanner.delegates ? null : Set.copyOf(scanner.assigned);
        });
    }

    private static final class Scanner extends TreeScanner<Void, Void> {
        final Set<String> assigned = new LinkedHashSet<>();
        boolean delegates;

        @Override
        public Void visitAssignment(AssignmentTree node, Void unused) {
            target(node.getVariable());
            return super.visitAssignment(node, unused);
        }

        @Override
        public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
            target(node.getVariable());
            return super.visitCompoundAssignment(node, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            ExpressionTree select = node.getMethodSelect();
            String name = null;
            if (select instanceof IdentifierTree identifier) {
                name = identifier.getName().toString();
            } else if (select instanceof MemberSelectTree member && isThisOrSuper(member.getExpression())) {
                name = member.getIdentifier().toString();
            }
            if (name != null) {
                if (name.startsWith("set") && name.length() > 3 && node.getArguments().size() == 1) {
                    assigned.add(NameCase.propertyName(name.substring(3)));
                } else {
                    delegates = true;
                }
            }
            return super.visitMethodInvocation(node, unused);
        }

        private void target(ExpressionTree variable) {
            if (variable instanceof IdentifierTree identifier) {
                assigned.add(identifier.getName().toString());
            } else if (variable instanceof MemberSelectTree member && isThisOrSuper(member.getExpression())) {
                assigned.add(member.getIdentifier().toString());
            }
        }

        private static boolean isThisOrSuper(ExpressionTree expression) {
            return expression instanceof IdentifierTree identifier
                    && (identifier.getName().contentEquals("this") || identifier.getName().contentEquals("super"));
        }
    }
}
