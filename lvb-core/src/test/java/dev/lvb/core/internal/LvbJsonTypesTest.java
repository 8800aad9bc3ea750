package dev.lvb.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

class LvbJsonTypesTest {

    @Test
    void listsEveryRecordWithWireNamesInTheModelAndEventPackages() throws Exception {
        Set<Class<?>> bound = new HashSet<>();
        for (Class<?> c : classesUnder("dev/lvb/core/model", "dev/lvb/core/event")) {
            if (c.isRecord() && Stream.of(c.getRecordComponents())
                    .anyMatch(rc -> field(c, rc).isAnnotationPresent(JsonbProperty.class))) {
                bound.add(c);
            }
        }
        assertThat(bound).isNotEmpty();
        assertThat(LvbJsonTypes.models()).containsExactlyInAnyOrderElementsOf(bound);
    }

    @Test
    void listsEveryCodecTheModelsName() {
        Set<Class<?>> named = new HashSet<>();
        for (Class<?> model : LvbJsonTypes.models()) {
            for (RecordComponent rc : model.getRecordComponents()) {
                // The annotations target fields, accessors and parameters, not record components.
                JsonbTypeDeserializer d = field(model, rc).getAnnotation(JsonbTypeDeserializer.class);
                if (d != null) {
                    named.add(d.value());
                }
                JsonbTypeSerializer s = field(model, rc).getAnnotation(JsonbTypeSerializer.class);
                if (s != null) {
                    named.add(s.value());
                }
            }
        }
        assertThat(LvbJsonTypes.codecs()).containsExactlyInAnyOrderElementsOf(named);
    }

    private static java.lang.reflect.Field field(Class<?> type, RecordComponent rc) {
        try {
            return type.getDeclaredField(rc.getName());
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Class<?>> classesUnder(String... packages) throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path root = Path.of(LvbJsonTypes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : packages) {
            try (Stream<Path> files = Files.list(root.resolve(pkg))) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".class") && !name.equals("package-info.class")) {
                        out.add(Class.forName(pkg.replace('/', '.') + "." + name.substring(0, name.length() - 6)));
                    }
                }
            }
        }
        return out;
    }
}
