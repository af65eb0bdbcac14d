package dev.entitylint.processor.model;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreeScanner;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads what a hand-written {@code equals} or {@code hashCode} compares, through javac's syntax trees
 * (as {@link CallbackBodies} reads callbacks). Without trees (ecj, class files) nothing is known.
 */
final class EqualityBodies {

    private EqualityBodies() {
    }

    /**
     * @param fields the class's instance fields: {@code client.getId()} reads the client's id, not the
     *     entity's, while {@code other.getId()} (a local) and {@code getId()} read the entity's
     */
    static ClassShape.EqualityMethod read(CallbackBodies bodies, ExecutableElement method, Set<String> fields) {
        SourceRef ref = SourceRef.of(method);
        ClassShape.EqualityMethod unknown = new ClassShape.EqualityMethod(ref, false, Set.of(), Set.of(), false);
        ClassShape.EqualityMethod read = bodies.readBody(method, body -> {
            Scanner scanner = new Scanner(fields);
            body.accept(scanner, null);
            return new ClassShape.EqualityMethod(ref, true, Set.copyOf(scanner.referenced),
                    Set.copyOf(scanner.nullChecked), scanner.callsSuper);
        });
        return read == null ? unknown : read;
    }

    /**
     * The names a method's body reads as fields or locals (not through getters), or {@code null} when
     * the body cannot be read.
     */
    static Set<String> direct(CallbackBodies bodies, ExecutableElement method) {
        return bodies.readBody(method, body -> {
            Scanner scanner = new Scanner(Set.of());
            body.accept(scanner, null);
            return Set.copyOf(scanner.direct);
        });
    }

    private static final class Scanner extends TreeScanner<Void, Void> {
        final Set<String> referenced = new LinkedHashSet<>();
        /** Names read as fields or locals: identifiers and {@code x.name}, not getter calls. */
        final Set<String> direct = new LinkedHashSet<>();
        final Set<String> nullChecked = new LinkedHashSet<>();
        boolean callsSuper;
        private final Set<String> fields;

        Scanner(Set<String> fields) {
            this.fields = fields;
        }

        /**
         * Whether a member read on {@code receiver} belongs to the entity (or to the object it is compared
         * with): {@code this}, {@code super}, a local or parameter, through parentheses and casts; not a
         * field of the entity ({@code client.getId()}) nor anything reached further.
         */
        private boolean own(ExpressionTree receiver) {
            ExpressionTree expression = receiver;
            while (expression instanceof ParenthesizedTree || expression instanceof TypeCastTree) {
                expression = expression instanceof ParenthesizedTree parenthesized ? parenthesized.getExpression()
                        : ((TypeCastTree) expression).getExpression();
            }
            if (expression instanceof IdentifierTree identifier) {
                String name = identifier.getName().toString();
                return name.equals("this") || name.equals("super") || !fields.contains(name);
            }
            return false;
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, Void unused) {
            referenced.add(node.getName().toString());
            direct.add(node.getName().toString());
            return null;
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree node, Void unused) {
            if (own(node.getExpression())) {
                referenced.add(node.getIdentifier().toString());
            }
            direct.add(node.getIdentifier().toString());
            return super.visitMemberSelect(node, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            ExpressionTree select = node.getMethodSelect();
            String method = null;
            boolean own = true;
            if (select instanceof MemberSelectTree member) {
                method = member.getIdentifier().toString();
                own = own(member.getExpression());
                if (member.getExpression() instanceof IdentifierTree receiver
                        && receiver.getName().contentEquals("super")
                        && (method.equals("equals") || method.equals("hashCode"))) {
                    callsSuper = true;
                }
                member.getExpression().accept(this, null);
            } else if (select instanceof IdentifierTree identifier) {
                method = identifier.getName().toString();
            }
            String property = property(method, node);
            if (property != null && own) {
                referenced.add(property);
            }
            if (method != null && (method.equals("isNull") || method.equals("nonNull"))
                    && node.getArguments().size() == 1) {
                String checked = nameOf(node.getArguments().get(0));
                if (checked != null) {
                    nullChecked.add(checked);
                }
            }
            for (ExpressionTree argument : node.getArguments()) {
                argument.accept(this, null);
            }
            return null;
        }

        @Override
        public Void visitBinary(BinaryTree node, Void unused) {
            if (node.getKind() == Tree.Kind.EQUAL_TO || node.getKind() == Tree.Kind.NOT_EQUAL_TO) {
                String checked = isNull(node.getLeftOperand()) ? nameOf(node.getRightOperand())
                        : isNull(node.getRightOperand()) ? nameOf(node.getLeftOperand()) : null;
                if (checked != null) {
                    nullChecked.add(checked);
                }
            }
            return super.visitBinary(node, unused);
        }

        private static boolean isNull(ExpressionTree expression) {
            return expression instanceof LiteralTree literal && literal.getKind() == Tree.Kind.NULL_LITERAL;
        }

        /** The field, getter property or local an expression reads, or {@code null}. */
        private String nameOf(ExpressionTree expression) {
            while (expression instanceof ParenthesizedTree parenthesized) {
                expression = parenthesized.getExpression();
            }
            if (expression instanceof IdentifierTree identifier) {
                return identifier.getName().toString();
            }
            if (expression instanceof MemberSelectTree member) {
                return own(member.getExpression()) ? member.getIdentifier().toString() : null;
            }
            if (expression instanceof MethodInvocationTree invocation) {
                ExpressionTree select = invocation.getMethodSelect();
                if (select instanceof MemberSelectTree member && !own(member.getExpression())) {
                    return null;
                }
                String method = select instanceof MemberSelectTree member ? member.getIdentifier().toString()
                        : select instanceof IdentifierTree identifier ? identifier.getName().toString() : null;
                return property(method, invocation);
            }
            return null;
        }

        /** {@code id} for a call of {@code getId()} or {@code isId()}, else {@code null}. */
        private static String property(String method, MethodInvocationTree node) {
            if (method == null || !node.getArguments().isEmpty()) {
                return null;
            }
            if (method.startsWith("get") && method.length() > 3 && !method.equals("getClass")) {
                return NameCase.propertyName(method.substring(3));
            }
            if (method.startsWith("is") && method.length() > 2) {
                return NameCase.propertyName(method.substring(2));
            }
            return null;
        }
    }
}
