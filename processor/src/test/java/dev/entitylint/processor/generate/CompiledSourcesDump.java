package dev.entitylint.processor.generate;

import dev.entitylint.processor.testing.CompiledSources;

final class CompiledSourcesDump {
    static String all(CompiledSources c) {
        StringBuilder b = new StringBuilder(CompiledSources.describe(c.compilation())).append('\n');
        for (String e : Shop.ENTITIES) {
            b.append(c.generatedSource(Shop.PACKAGE + "." + e + "Repository")).append('\n');
        }
        return b.toString();
    }
}
